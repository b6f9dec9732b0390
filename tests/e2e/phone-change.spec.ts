// 手机号变更 at the window, from the keyboard alone: F6 on the person's record opens the dialog;
// the records (all ticked), identity by a code texted to the old number (read from central's
// reference SMS gateway, which logs codes instead of sending them), the new number checked as
// typed and verified by its own code, the summary, and the printable slip. A number of another
// account is refused at the field with its reason; so is one taken while the summary was on screen
// (saving sends the clerk back to the number, the reason under it). The full numbers on record
// never reach the page: the identity step names a record and main texts the number on it. Away
// from central the change is taken with the ID document, saved unverified and pending, and
// reaches central once it is back.
import Database from 'better-sqlite3'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { Central } from './central'
import { openApp, searchFor, signIn, tabCredentials } from './desk'
import { saveScreen } from './screens'
import type { WebHost } from './web-host'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

interface Subject {
  personId: string
  name: string
  idNumber: string
  phone: string
  /** A phone of another person's 12123 account. */
  takenPhone: string
  /** A mobile number no record of the data set holds. */
  freshPhone: string
  /** Another such number. */
  freshPhone2: string
  /** Another person with a driver record. */
  otherId: string
}

/** A person with a driver record, an own vehicle and a personal account, all on one phone. */
function pickSubject(host: WebHost): Subject {
  const db = new Database(host.databaseFile, { readonly: true, fileMustExist: true })
  try {
    const person = db
      .prepare(
        `SELECT p.id, p.name, p.id_number, p.phone FROM people p
           JOIN drivers d ON d.person_id = p.id AND d.phone = p.phone
           JOIN accounts a ON a.person_id = p.id AND a.kind = 'personal' AND a.status = 'active' AND a.phone = p.phone
         WHERE p.id_type = 'A' AND EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_type = 'person' AND v.owner_person_id = p.id AND v.phone = p.phone)
         ORDER BY p.id LIMIT 1`
      )
      .get() as { id: string; name: string; id_number: string; phone: string }
    const taken = db.prepare(`SELECT phone FROM accounts WHERE person_id <> ? AND status = 'active' ORDER BY id LIMIT 1`).pluck().get(person.id) as string
    const otherId = db.prepare('SELECT person_id FROM drivers WHERE person_id <> ? ORDER BY id LIMIT 1').pluck().get(person.id) as string
    const used = db.prepare('SELECT 1 FROM people WHERE phone = ? UNION SELECT 1 FROM accounts WHERE phone = ? UNION SELECT 1 FROM drivers WHERE phone = ? UNION SELECT 1 FROM vehicles WHERE phone = ?')
    let fresh = 13911990000
    while (used.get(String(fresh), String(fresh), String(fresh), String(fresh)) !== undefined) fresh += 1
    let fresh2 = fresh + 1
    while (used.get(String(fresh2), String(fresh2), String(fresh2), String(fresh2)) !== undefined) fresh2 += 1
    return { personId: person.id, name: person.name, idNumber: person.id_number, phone: person.phone, takenPhone: taken, freshPhone: String(fresh), freshPhone2: String(fresh2), otherId }
  } finally {
    db.close()
  }
}

const masked = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

function statusBar(page: Page, includeHidden = false) {
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden })
  return { bar, sync: bar.getByRole('button', { name: /^数据同步：/, includeHidden }) }
}

/** Finds the person by ID number and opens the record, keys only. */
async function openPerson(page: Page, who: Subject): Promise<void> {
  await searchFor(page, who.idNumber)
  // Enter on the unchanged query opens the selected result.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: who.name, exact: true })).toBeVisible()
}

/** F6 opens the dialog; the records main sends for it carry the numbers masked only. */
async function openDialog(page: Page, who: Subject): Promise<Locator> {
  await expect(page.getByRole('button', { name: '变更手机号' })).toBeVisible()
  const targets = page.waitForResponse((r) => r.url().endsWith(`/api/invoke/${encodeURIComponent('phone:targets')}`))
  await page.keyboard.press('F6')
  const dialog = page.getByRole('dialog', { name: '变更联系电话', exact: true })
  await expect(dialog).toBeVisible()
  const body = await (await targets).text()
  expect(body).toContain(masked(who.phone))
  expect(body).not.toContain(who.phone)
  return dialog
}

/** Calls a channel as this window's tab: another clerk's action at the same desk. */
async function invoke(page: Page, host: WebHost, channel: string, input: unknown): Promise<unknown> {
  const { token, tab } = await tabCredentials(page)
  const response = await page.request.post(`${host.origin}/api/invoke/${encodeURIComponent(channel)}`, {
    headers: { Authorization: `Bearer ${token}`, 'X-Counterdesk-Tab': tab, 'Content-Type': 'application/json' },
    data: input
  })
  const answer = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
  if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message ?? response.status()}`)
  return answer.value
}

/** The number goes to another person's records (ID document, code read back), saved at once. */
async function giveNumberTo(page: Page, host: WebHost, central: Central, personId: string, phone: string): Promise<void> {
  const { targets } = (await invoke(page, host, 'phone:targets', { personId })) as { targets: { kind: string; id: string }[] }
  const { challengeId } = (await invoke(page, host, 'sms:send', { phone, purpose: 'phone_new' })) as { challengeId: string }
  await invoke(page, host, 'sms:verify', { challengeId, code: await central.smsCode(phone) })
  await invoke(page, host, 'phone:change', {
    personId,
    targets: targets.map((t) => ({ kind: t.kind, id: t.id })),
    newPhone: phone,
    identity: { method: 'id_document', documentChecked: true },
    newPhoneChallengeId: challengeId
  })
}

/** Step 1 as it opens: every record ticked, with its current number masked. */
async function recordsStep(dialog: Locator, who: Subject): Promise<void> {
  const driver = dialog.getByRole('checkbox', { name: `驾驶证档案，现号码 ${masked(who.phone)}` })
  await expect(driver).toBeChecked()
  await expect(driver).toBeFocused()
  await expect(dialog.getByRole('checkbox', { name: `12123互联网账户，现号码 ${masked(who.phone)}` })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: /^机动车档案（.+），现号码 / }).first()).toBeChecked()
}

/** Step 2 by the ID document: Tab to the tick, Space, Enter. */
async function identityByDocument(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog.getByRole('radio', { name: '查验身份证明原件' })).toBeFocused()
  await page.keyboard.press('Tab')
  const tick = dialog.getByRole('checkbox', { name: '已查验身份证明原件，且与申请人本人相符' })
  await expect(tick).toBeFocused()
  await page.keyboard.press('Space')
  await expect(tick).toBeChecked()
  await page.keyboard.press('Enter')
}

test('a phone change online: code to the old number, code to the new one, summary, printed slip', async ({ page, host, central }, testInfo) => {
  test.setTimeout(180_000)
  const who = pickSubject(host)
  await openApp(page, host)
  await signIn(page)
  await expect(statusBar(page).sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await openPerson(page, who)
  const dialog = await openDialog(page, who)
  await recordsStep(dialog, who)
  await saveScreen(page, 'phone-change-1-records', testInfo)
  await page.keyboard.press('Enter')

  await test.step('identity by a code texted to the old number', async () => {
    const document = dialog.getByRole('radio', { name: '查验身份证明原件' })
    await expect(document).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByRole('radio', { name: '原手机号码短信验证' })).toBeChecked()
    await page.keyboard.press('Tab')
    const send = dialog.getByRole('button', { name: '发送验证码' })
    await expect(send).toBeFocused()
    // The page names the record; main texts the number on it.
    const request = page.waitForRequest((r) => r.url().endsWith(`/api/invoke/${encodeURIComponent('sms:send')}`))
    await page.keyboard.press('Enter')
    const sent = (await request).postData() ?? ''
    expect(sent).toContain('phoneOnRecord')
    expect(sent).not.toContain(who.phone)
    const code = dialog.getByRole('textbox', { name: '原号码验证码' })
    await expect(code).toBeFocused()
    await expect(dialog).toContainText(`验证码已发送至${masked(who.phone)}`)
    await saveScreen(page, 'phone-change-2-identity-sms', testInfo)
    await page.keyboard.type(await central.smsCode(who.phone))
    await expect(dialog).toContainText(`已验证（${masked(who.phone)}）`)
    // The code completes the step: 下一步 takes the focus.
    await expect(dialog.getByRole('button', { name: '下一步' })).toBeFocused()
    await page.keyboard.press('Enter')
  })

  await test.step('the new number, checked as typed and verified by its own code', async () => {
    const number = dialog.getByRole('textbox', { name: '新手机号码' })
    await expect(number).toBeFocused()
    await page.keyboard.type(who.freshPhone)
    await expect(dialog).toContainText('号码可以使用：已向中心核验，未被其他账户使用。')
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: '发送验证码' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('textbox', { name: '新号码验证码' })).toBeFocused()
    await page.keyboard.type(await central.smsCode(who.freshPhone))
    await expect(dialog).toContainText(`已验证（${masked(who.freshPhone)}）`)
    await saveScreen(page, 'phone-change-3-new-number', testInfo)
    await expect(dialog.getByRole('button', { name: '下一步' })).toBeFocused()
    await page.keyboard.press('Enter')
  })

  await test.step('the summary, then 确认变更', async () => {
    const summary = dialog.getByRole('region', { name: '变更内容' })
    await expect(summary).toContainText(who.name)
    await expect(summary).toContainText(`驾驶证档案：${masked(who.phone)} → ${masked(who.freshPhone)}`)
    await expect(summary).toContainText('原手机号码短信验证')
    await expect(summary).toContainText('已短信验证')
    await expect(summary).not.toContainText(who.freshPhone)
    const submit = dialog.getByRole('button', { name: '确认变更' })
    await expect(submit).toBeFocused()
    await saveScreen(page, 'phone-change-4-confirm', testInfo)
    await page.keyboard.press('Enter')
  })

  await test.step('the printable slip, confirmed by central; the old number is told', async () => {
    const slip = dialog.getByRole('document', { name: '联系电话变更凭证' })
    await expect(slip).toBeVisible()
    await expect(slip).toContainText(`${masked(who.phone)} → ${masked(who.freshPhone)}`)
    await expect(slip).toContainText('已通过短信验证码验证')
    await expect(slip).toContainText('经办民警')
    await expect(slip).not.toContainText(who.freshPhone)
    await expect(slip).toContainText('中心已确认', { timeout: 30_000 })
    await expect(dialog.getByRole('button', { name: '打印' })).toBeVisible()
    await saveScreen(page, 'phone-change-5-slip', testInfo)
    await expect.poll(async () => (await central.smsMessages(who.phone)).filter((m) => m.kind === 'notice').length, { timeout: 10_000 }).toBe(1)
    await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
  })

  // The record is read again: the account now shows the new number.
  await expect(page.getByRole('region', { name: '12123 账户' })).toContainText(masked(who.freshPhone))
  await expect(page.getByRole('button', { name: '变更手机号' })).toBeFocused()
  await saveScreen(page, 'phone-change-6-record-after', testInfo)
})

test('a number of another account is refused at the field, with the reason', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000)
  const who = pickSubject(host)
  await openApp(page, host)
  await signIn(page)
  await expect(statusBar(page).sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await openPerson(page, who)
  const dialog = await openDialog(page, who)
  await recordsStep(dialog, who)
  await page.keyboard.press('Enter')
  await identityByDocument(page, dialog)

  const number = dialog.getByRole('textbox', { name: '新手机号码' })
  await expect(number).toBeFocused()
  await page.keyboard.type(who.takenPhone)
  await expect(number).toHaveAccessibleDescription(/已被其他账户使用，一个手机号码只能注册一个账户/)
  await expect(number).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByRole('button', { name: '下一步' })).toBeDisabled()
  await expect(dialog.getByRole('button', { name: '发送验证码' })).toHaveCount(0)
  await saveScreen(page, 'phone-change-refused-taken', testInfo)
  // Enter does not move on while the number is refused.
  await page.keyboard.press('Enter')
  await expect(number).toBeVisible()

  // The number already on the records: each record says why.
  await number.press('Control+A')
  await page.keyboard.type(who.phone)
  await expect(dialog.getByRole('alert')).toContainText('与驾驶证档案现登记的号码相同，无需变更')
  await saveScreen(page, 'phone-change-refused-unchanged', testInfo)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: '变更手机号' })).toBeFocused()
})

test('a number taken while the summary is on screen: saving goes back to the number, the reason under it', async ({ page, host, central }, testInfo) => {
  test.setTimeout(150_000)
  const who = pickSubject(host)
  await openApp(page, host)
  await signIn(page)
  await expect(statusBar(page).sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await openPerson(page, who)
  const dialog = await openDialog(page, who)
  await recordsStep(dialog, who)
  await page.keyboard.press('Enter')
  await identityByDocument(page, dialog)

  const number = dialog.getByRole('textbox', { name: '新手机号码' })
  await expect(number).toBeFocused()
  await page.keyboard.type(who.freshPhone)
  await expect(dialog).toContainText('号码可以使用：已向中心核验，未被其他账户使用。')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('textbox', { name: '新号码验证码' })).toBeFocused()
  await page.keyboard.type(await central.smsCode(who.freshPhone))
  await expect(dialog.getByRole('button', { name: '下一步' })).toBeFocused()
  await page.keyboard.press('Enter')
  const submit = dialog.getByRole('button', { name: '确认变更' })
  await expect(submit).toBeFocused()

  // Meanwhile the same number is given to another person at this desk (not yet at central, maybe).
  await giveNumberTo(page, host, central, who.otherId, who.freshPhone)
  await page.keyboard.press('Enter')

  await expect(dialog.getByRole('region', { name: '变更内容' })).toHaveCount(0)
  await expect(number).toBeFocused()
  await expect(number).toHaveAccessibleDescription(/已被其他账户使用/)
  await expect(number).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: '下一步' })).toBeDisabled()
  await saveScreen(page, 'phone-change-refused-on-saving', testInfo)

  // Another number: the reason goes, and the new number needs its own code.
  await number.press('Control+A')
  await page.keyboard.type(who.freshPhone2)
  await expect(dialog).toContainText('号码可以使用')
  await expect(number).not.toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByRole('button', { name: '下一步' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('offline: taken with the ID document, unverified and pending, then synced once central is back', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const who = pickSubject(host)
  await openApp(page, host)
  await signIn(page)
  const { bar, sync } = statusBar(page)
  await expect(sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await openPerson(page, who)
  await expect(bar).toContainText('待上传：0')

  await central.stop()
  await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })
  const dialog = await openDialog(page, who)
  await recordsStep(dialog, who)
  await page.keyboard.press('Enter')

  await test.step('only the ID document works offline', async () => {
    await expect(dialog.getByRole('radio', { name: '原手机号码短信验证' })).toBeDisabled()
    await expect(dialog).toContainText('离线时无法发送短信验证码，请查验身份证明原件。')
    await saveScreen(page, 'phone-change-offline-identity', testInfo)
    await identityByDocument(page, dialog)
  })

  await test.step('the new number cannot be texted: the step says what follows', async () => {
    await expect(dialog.getByRole('textbox', { name: '新手机号码' })).toBeFocused()
    await page.keyboard.type(who.freshPhone)
    await expect(dialog).toContainText('号码可以使用（离线：按本机缓存核验')
    await expect(dialog).toContainText('无法向新号码发送验证码')
    await saveScreen(page, 'phone-change-offline-number', testInfo)
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('region', { name: '变更内容' })).toContainText('未经短信验证（离线）')
    await expect(dialog).toContainText('待中心确认后生效')
    await page.keyboard.press('Enter')
  })

  await test.step('the slip says pending and unverified', async () => {
    const slip = dialog.getByRole('document', { name: '联系电话变更凭证' })
    await expect(slip).toContainText('待中心确认')
    await expect(slip).toContainText('未经短信验证')
    await expect(slip).toContainText('中心确认后将向新号码发送通知短信')
    await expect(statusBar(page, true).bar).toContainText('待上传：1')
    await saveScreen(page, 'phone-change-offline-slip', testInfo)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    // Shown at once, pending.
    await expect(page.getByRole('region', { name: '12123 账户' })).toContainText(masked(who.freshPhone))
  })

  await test.step('central is back: the change goes up once, and both numbers are texted', async () => {
    await central.restart()
    await page.keyboard.press('F9')
    const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
    await expect(panel).toBeVisible()
    await page.keyboard.press('F9')
    await expect(statusBar(page, true).bar).toContainText('待上传：0', { timeout: 30_000 })
    await saveScreen(page, 'phone-change-offline-synced', testInfo)
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(sync).toHaveAccessibleName('数据同步：在线')
    await expect(bar).toContainText('需处理：0')
    await expect.poll(async () => (await central.smsMessages(who.freshPhone)).filter((m) => m.kind === 'notice').length, { timeout: 15_000 }).toBe(1)
    expect((await central.smsMessages(who.freshPhone)).find((m) => m.kind === 'notice')?.text).toContain('未能短信验证')
    expect((await central.smsMessages(who.phone)).filter((m) => m.kind === 'notice')).toHaveLength(1)
  })
})
