// 面签注册 as the clerk does it, from the keyboard alone: F3 opens the screen, F8 reads the card,
// the face-to-face tick, the phone checked by main before a code is sent, the SMS code the citizen
// reads out (central's reference gateway logs it), the summary, and the slip to print, which
// follows central's answer. A citizen who already has an account is refused with the reason. Away
// from central, registrations are saved as 待中心确认 without a code; back online, one reaches
// central exactly once, and one whose phone another window registered meanwhile lands in 需处理.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openApp, signIn } from './desk'
import { accountHolder, creditCode, freshPhone, registerAtAnotherWindow, residentValidity } from './registration-data'
import { saveScreen } from './screens'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

const masked = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

function statusBar(page: Page, includeHidden = false) {
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden })
  return { bar, sync: bar.getByRole('button', { name: /^数据同步：/, includeHidden }) }
}

function screen(page: Page) {
  const main = page.getByRole('main')
  return {
    heading: main.getByRole('heading', { level: 1, name: '面签注册' }),
    card: main.getByRole('region', { name: '证件信息' }),
    next: main.getByRole('button', { name: /^下一步/ }),
    identity: main.getByRole('checkbox', { name: '已查验证件原件，并核对是本人' }),
    phone: main.getByRole('textbox', { name: '手机号码' }),
    send: main.getByRole('button', { name: /^发送验证码/ }),
    code: main.getByRole('textbox', { name: '短信验证码' }),
    check: main.getByRole('button', { name: /^核对/ }),
    review: main.getByRole('region', { name: '核对注册信息' }),
    submit: main.getByRole('button', { name: /^确认注册/ }),
    slip: main.getByRole('document', { name: '交管12123账户面签注册回执' }),
    nextCitizen: main.getByRole('button', { name: /^办理下一位/ }),
    alert: main.getByRole('alert')
  }
}

/** F8 reads the card (the simulated reader: someone on file without an account); returns their name. */
async function readCard(page: Page): Promise<string> {
  const s = screen(page)
  await page.keyboard.press('F8')
  await expect(s.card).toBeVisible()
  await expect(s.next).toBeFocused()
  const name = (await s.card.getByRole('definition').first().textContent()) ?? ''
  expect(name).not.toBe('')
  return name
}

/** 当面核验: Space ticks, Enter goes on; the phone field takes the focus. */
async function confirmIdentity(page: Page): Promise<void> {
  const s = screen(page)
  await expect(s.identity).toBeFocused()
  await page.keyboard.press('Space')
  await expect(s.identity).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(s.phone).toBeFocused()
}

test('registers a citizen online, from the keyboard, with the SMS code, to the printed slip', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const s = screen(page)
  const phone = freshPhone()
  await openApp(page, host)
  await signIn(page)
  await expect(statusBar(page).sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })

  await page.keyboard.press('F3')
  await expect(s.heading).toBeVisible()
  await expect(page.getByRole('tab', { name: '个人' })).toHaveAttribute('aria-selected', 'true')
  await saveScreen(page, 'registration-start', testInfo)

  const name = await readCard(page)
  await saveScreen(page, 'registration-card', testInfo)
  await page.keyboard.press('Enter')
  await saveScreen(page, 'registration-identity', testInfo)
  await confirmIdentity(page)

  await test.step('the phone is checked by main first, then the SMS code the citizen reads out', async () => {
    await page.keyboard.type(phone)
    await page.keyboard.press('Enter')
    await expect(s.send).toBeFocused()
    await expect(page.getByRole('main')).toContainText('已向交管中心核实：该号码和证件均未注册过账户')
    await saveScreen(page, 'registration-phone', testInfo)
    await page.keyboard.press('Enter')
    await expect(s.code).toBeFocused()
    await expect(page.getByRole('main')).toContainText(`验证码已发送至${masked(phone)}`)
    await page.keyboard.type(await central.smsCode(phone))
    await expect(page.getByRole('main')).toContainText(`${masked(phone)} 的短信验证码已核验`)
    await expect(s.check).toBeFocused()
    await saveScreen(page, 'registration-sms-verified', testInfo)
    await page.keyboard.press('Enter')
  })

  await test.step('核对: what will be saved, central\'s answer, what gets linked', async () => {
    await expect(s.review).toBeVisible()
    await expect(s.review).toContainText(name)
    await expect(s.review).toContainText(masked(phone))
    await expect(s.review).toContainText('短信验证码已核验')
    await expect(s.review).toContainText('已向交管中心核实')
    await expect(page.getByRole('main')).toContainText('注册后自动关联')
    const offer = page.getByRole('checkbox', { name: '同时变更档案联系电话' })
    if ((await offer.count()) > 0) await expect(offer).toBeChecked()
    await expect(s.submit).toBeFocused()
    await saveScreen(page, 'registration-review', testInfo)
    await page.keyboard.press('Enter')
  })

  await test.step('the slip: 待中心确认 until central answers, then confirmed', async () => {
    await expect(s.slip).toBeVisible()
    await expect(s.slip).toContainText(name)
    await expect(s.slip).toContainText(masked(phone))
    await expect(s.slip).toContainText(/ZC-\d{8}-[0-9A-F]{8}-\d{4}/)
    await expect(s.slip).toContainText('交管中心已确认，账户已开通', { timeout: 20_000 })
    await expect(s.nextCitizen).toBeFocused()
    await expect(page.getByRole('button', { name: /^打印/ })).toBeVisible()
    await saveScreen(page, 'registration-slip', testInfo)
    const notices = (await central.smsMessages(phone)).filter((m) => m.kind === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.text).toContain('面签注册')
  })

  await test.step('the person\'s record shows the account and the registration in the history', async () => {
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('button', { name: '查看人员档案' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: '12123 账户' })).toContainText(masked(phone))
    await expect(page.getByRole('main')).toContainText('面签注册交管12123个人账户')
    await saveScreen(page, 'registration-person-history', testInfo)
  })
})

test('a citizen who already has an account is refused with the reason, before any code is sent', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const s = screen(page)
  const holder = accountHolder(host.databaseFile)
  const validity = residentValidity(holder.birthDate)
  const phone = freshPhone()
  await openApp(page, host)
  await signIn(page)
  await page.keyboard.press('F3')
  await expect(s.heading).toBeVisible()

  await test.step('the card typed in by hand (manual entry), checked by main', async () => {
    await expect(page.getByRole('button', { name: /^读取身份证/ })).toBeFocused()
    await expect(page.getByRole('button', { name: '模拟新身份' })).toBeVisible()
    await page.keyboard.press('Tab') // 模拟新身份
    await page.keyboard.press('Tab') // 手工录入
    await expect(page.getByRole('button', { name: '手工录入' })).toBeFocused()
    await page.keyboard.press('Enter')
    const form = page.getByRole('form', { name: '手工录入' })
    await expect(form.getByRole('textbox', { name: '姓名' })).toBeFocused()
    await page.keyboard.type(holder.name)
    await page.keyboard.press('Tab')
    await page.keyboard.type(holder.idNumber.slice(0, 17) + (holder.idNumber.endsWith('1') ? '2' : '1'))
    // Checked as typed: the wrong check character is named beside the field.
    await expect(form).toContainText('校验')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(holder.idNumber)
    await expect(form.getByRole('textbox', { name: '出生日期' })).toHaveValue(holder.birthDate)
    await page.keyboard.press('Tab')
    await page.keyboard.type(holder.address)
    await page.keyboard.press('Tab')
    await page.keyboard.type(validity.validFrom)
    await page.keyboard.press('Tab')
    if (validity.validUntil === null) {
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
    } else {
      await page.keyboard.type(validity.validUntil)
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Tab')
    await expect(form.getByRole('textbox', { name: '签发机关' })).toBeFocused()
    await page.keyboard.type('深圳市公安局南山分局')
    await saveScreen(page, 'registration-manual-entry', testInfo)
    await page.keyboard.press('Enter')
    await expect(s.card).toContainText(holder.idNumber)
    await expect(s.next).toBeFocused()
    await page.keyboard.press('Enter')
  })

  await confirmIdentity(page)
  await page.keyboard.type(phone)
  await page.keyboard.press('Enter')
  await expect(s.alert).toContainText('不能注册')
  await expect(s.alert).toContainText('已注册过账户（全国一人一个账户）')
  await expect(s.alert).toContainText('ID_TAKEN')
  await expect(s.send).toHaveCount(0)
  await expect(s.check).toBeDisabled()
  expect(await central.smsMessages(phone)).toEqual([])
  await saveScreen(page, 'registration-refused', testInfo)
})

test('offline: saved as 待中心确认 without a code; back online one reaches central once, one whose phone was taken meanwhile lands in 需处理', async ({
  page,
  host,
  central
}, testInfo) => {
  test.setTimeout(300_000)
  const s = screen(page)
  const [kept, taken] = [freshPhone(), freshPhone()]
  await openApp(page, host)
  await signIn(page)
  const { bar, sync } = statusBar(page)
  await expect(sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await central.stop()
  await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })

  const registerOffline = async (phone: string, shots: boolean): Promise<{ slipNo: string; name: string }> => {
    const name = await readCard(page)
    await page.keyboard.press('Enter')
    await confirmIdentity(page)
    await page.keyboard.type(phone)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toContainText('无法发送短信验证码')
    await expect(s.check).toBeFocused()
    if (shots) await saveScreen(page, 'registration-offline-phone', testInfo)
    await page.keyboard.press('Enter')
    await expect(s.review).toContainText('离线办理，未短信验证（待中心确认）')
    if (shots) await saveScreen(page, 'registration-offline-review', testInfo)
    await expect(s.submit).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(s.slip).toContainText('已提交，待中心确认')
    await expect(s.slip).toContainText('待中心确认')
    await expect(s.slip).toContainText('未进行短信验证')
    const slipNo = /ZC-\d{8}-[0-9A-F]{8}-\d{4}/.exec((await s.slip.textContent()) ?? '')?.[0] ?? ''
    expect(slipNo).not.toBe('')
    return { slipNo, name }
  }

  await page.keyboard.press('F3')
  const { slipNo: keptSlip } = await registerOffline(kept, true)
  await saveScreen(page, 'registration-offline-slip', testInfo)
  await page.keyboard.press('Enter') // 办理下一位
  const { slipNo: takenSlip, name: refusedName } = await registerOffline(taken, false)
  await expect(bar).toContainText('待上传：2')

  await test.step('meanwhile another window registers someone else with the second phone', async () => {
    const aside = await central.startAside()
    try {
      expect(await registerAtAnotherWindow(aside.url, central.dataDir, taken)).toMatchObject({ status: 'applied' })
    } finally {
      await aside.stop()
    }
  })

  const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
  await test.step('back online: one confirmed once, the other refused into 需处理 with central\'s reason', async () => {
    await central.restart()
    await page.keyboard.press('F9')
    await expect(panel).toBeVisible()
    await page.keyboard.press('F9') // 立即同步
    await expect(panel.getByRole('status')).toContainText('已与中心同步', { timeout: 20_000 })
    await expect(panel).toContainText('没有待上传的操作')
    const rejectedTab = panel.getByRole('tab', { name: /^需处理/ })
    await expect(rejectedTab).toHaveAccessibleName(/^需处理\s*1$/)
    await rejectedTab.click()
    const card = panel.getByRole('group', { name: new RegExp(`^被退回的操作：.*${takenSlip}`) })
    await expect(card).toContainText('已被其他账户使用')
    await expect(card).toContainText('面签注册')
    await saveScreen(page, 'registration-offline-rejected', testInfo)
    await page.keyboard.press('ArrowRight') // 最近已确认
    const recent = panel.getByRole('table', { name: '最近已确认的操作' })
    await expect(recent.getByRole('row').filter({ hasText: keptSlip })).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
  })

  await expect(s.slip).toContainText('中心未予确认')
  await expect(s.slip).toContainText('已被其他账户使用')
  await saveScreen(page, 'registration-offline-slip-refused', testInfo)
  const notices = (await central.smsMessages(kept)).filter((m) => m.kind === 'notice')
  expect(notices).toHaveLength(1)
  expect(notices[0]!.text).toContain('办理时未能短信验证本号码')
  // Central sent nothing about the registration it refused.
  expect((await central.smsMessages(taken)).filter((m) => m.text.includes(refusedName))).toEqual([])
})

test('a unit registers at the window: its code, name and address, the scanned letter, the manager\'s card and phone', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const s = screen(page)
  const phone = freshPhone()
  const unit = { creditCode: creditCode(`9144030567${String(Date.now()).slice(-7)}`), name: '深圳市南山区鹏程物流有限公司', address: '广东省深圳市南山区科技南路18号' }
  const letter = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 1)])
  await openApp(page, host)
  await signIn(page)
  await expect(statusBar(page).sync).toHaveAccessibleName('数据同步：在线', { timeout: 30_000 })
  await page.keyboard.press('F3')
  await expect(page.getByRole('button', { name: /^读取身份证/ })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('tab', { name: '个人' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: '单位' })).toHaveAttribute('aria-selected', 'true')

  await test.step('the unit\'s details, checked as typed, and its letter', async () => {
    const main = page.getByRole('main')
    await expect(main.getByRole('textbox', { name: '统一社会信用代码' })).toBeFocused()
    await page.keyboard.type(unit.creditCode.slice(0, 17) + (unit.creditCode.endsWith('0') ? '1' : '0'))
    await expect(main).toContainText('校验')
    await page.keyboard.press('Backspace')
    await page.keyboard.type(unit.creditCode.slice(-1))
    await page.keyboard.press('Tab')
    await page.keyboard.type(unit.name)
    await page.keyboard.press('Tab')
    await page.keyboard.type(unit.address)
    await page.keyboard.press('Tab')
    await expect(main.getByRole('button', { name: '选择授权委托书' })).toBeFocused()
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Enter')
    await (await chooser).setFiles({ name: '授权委托书.png', mimeType: 'image/png', buffer: letter })
    await expect(main).toContainText('授权委托书.png（2 KB）')
  })

  await page.keyboard.press('F8')
  await expect(page.getByRole('main').getByRole('region', { name: '经办人证件信息' })).toBeVisible()
  await saveScreen(page, 'registration-unit-card', testInfo)
  await expect(s.next).toBeFocused()
  await page.keyboard.press('Enter')
  await confirmIdentity(page)
  await page.keyboard.type(phone)
  await page.keyboard.press('Enter')
  await expect(s.send).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(s.code).toBeFocused()
  await page.keyboard.type(await central.smsCode(phone))
  await expect(s.check).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(s.review).toContainText(unit.name)
  await expect(s.review).toContainText('授权委托书.png')
  await saveScreen(page, 'registration-unit-review', testInfo)
  await page.keyboard.press('Enter')
  await expect(s.slip).toContainText('单位账户')
  await expect(s.slip).toContainText(unit.creditCode)
  await expect(s.slip).toContainText('SHA-256')
  await expect(s.slip).toContainText('交管中心已确认，账户已开通', { timeout: 20_000 })
  await saveScreen(page, 'registration-unit-slip', testInfo)
})
