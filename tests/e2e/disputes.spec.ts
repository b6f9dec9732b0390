// 异议 at the window, as the clerk and the supervisor live it: the clerk takes a citizen's objections
// from the keyboard (record, ground, statement, a scanned file) and hands over the receipt; the
// record is 异议中 and cannot be processed; the clerk looks at the camera's evidence photos and
// proposes (correct the plate; void the record); in 审核 the clerk cannot approve, and the screen
// says why; the supervisor approves one and sends the other back for 补录; a proposal the
// supervisor made himself cannot be approved by him (four eyes, shown why); the clerk re-submits
// from 我的异议; the supervisor approves; the citizen's record shows the voided record, the moved one
// is gone, the history tells every step, central has it all (the new owner got central's SMS).
import type { Locator, Page } from '@playwright/test'
import { openApp, searchFor, signIn, SUPERVISOR, CLERK } from './desk'
import { openDisputeData, type CameraRecord, type Citizen } from './dispute-data'
import { expect, test } from './fixtures'
import { saveScreen } from './screens'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex'
)
const GROUNDS = ['emergency_vehicle_on_duty', 'vehicle_stolen', 'fake_or_borrowed_plate', 'plate_misrecorded', 'evidence_unclear'] as const

function statusBar(page: Page) {
  return page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
}
const section = (page: Page): Locator => page.getByRole('region', { name: '交通违法异议', exact: true })
const fileDialog = (page: Page): Locator => page.getByRole('dialog', { name: '受理交通违法异议', exact: true })
const detailDialog = (page: Page): Locator => page.getByRole('dialog', { name: /^异议详情/ })

async function openCitizen(page: Page, who: Citizen, canFile = true): Promise<void> {
  const search = await searchFor(page, who.idNumber)
  await expect(search.results.getByRole('row').filter({ hasText: who.name })).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: who.name, exact: true })).toBeVisible()
  if (canFile) await expect(section(page).getByRole('button', { name: '受理异议' })).toBeEnabled()
}

/** Alt+Y, the record (↓ through the list), the ground (↓ from the first), the statement, Ctrl+Enter, Enter, Enter. */
async function fileByKeyboard(page: Page, record: CameraRecord, ground: (typeof GROUNDS)[number], statement: string, files: { name: string; buffer: Buffer }[], shots?: { form: string; confirm: string; receipt: string }) {
  await page.keyboard.press('Alt+y')
  const dialog = fileDialog(page)
  await expect(dialog).toBeVisible()
  const radios = dialog.getByRole('radiogroup', { name: '异议的违法记录' }).getByRole('radio')
  await expect(radios.first()).toBeFocused()
  await page.keyboard.press('Space')
  const wanted = dialog.getByRole('radio', { name: new RegExp(record.recordNo) })
  for (let i = 0; i < 40 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown')
  await expect(wanted).toBeChecked()
  await expect(dialog.getByRole('region', { name: '规则核查' })).toContainText('可以在本窗口受理异议')

  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radiogroup', { name: '异议理由' }).getByRole('radio').first()).toBeFocused()
  await page.keyboard.press('Space')
  for (let i = 0; i < GROUNDS.indexOf(ground); i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  const text = dialog.getByRole('textbox', { name: '当事人陈述' })
  await expect(text).toBeFocused()
  await page.keyboard.type(statement)
  if (files.length > 0) {
    await dialog.getByLabel('选择附件').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'image/png', buffer: f.buffer })))
    await expect(dialog.getByRole('list', { name: '附件' })).toContainText(files[0]!.name)
    await text.focus()
  }
  if (shots) await saveScreen(page, shots.form)
  await page.keyboard.press('Control+Enter')
  const summary = dialog.getByRole('region', { name: '异议内容' })
  await expect(summary).toContainText(record.recordNo)
  await expect(dialog.getByRole('button', { name: '确认受理' })).toBeFocused()
  if (shots) await saveScreen(page, shots.confirm)
  await page.keyboard.press('Enter')
  const receipt = dialog.getByRole('document', { name: '交通违法记录异议受理回执' })
  await expect(receipt).toContainText(record.recordNo)
  await expect(receipt).toContainText(/YY-\d{8}-[0-9A-F]{8}-\d{4}/)
  if (files.length > 0) await expect(receipt).toContainText('SHA-256')
  if (shots) await saveScreen(page, shots.receipt)
  await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(section(page).getByRole('table', { name: '异议记录' }).getByRole('row').filter({ hasText: record.recordNo })).toContainText('已受理')
}

async function switchTo(page: Page, account: { policeNo: string; password: string }): Promise<void> {
  await expect(statusBar(page)).toContainText('待上传：0', { timeout: 30_000 })
  await page.getByRole('banner').getByRole('button', { name: '退出', exact: true }).click()
  await signIn(page, account)
}

async function openReview(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+e')
  await expect(page.getByRole('heading', { level: 1, name: '审核' })).toBeVisible()
  return page.getByRole('main')
}

test('objections: filed by keyboard, proposed, reviewed under four eyes, sent back and re-submitted, with the outcomes on the record and at central', async ({
  page,
  host,
  central
}, testInfo) => {
  test.setTimeout(420_000)
  const data = openDisputeData(host.databaseFile)
  const [citizen, other] = data.citizens(2, 2)
  const target = data.vehicle([citizen!.id, other!.id])
  data.close()
  const [plateCase, voidCase] = citizen!.records as [CameraRecord, CameraRecord]
  const ownCase = other!.records[0]!

  await openApp(page, host)
  await signIn(page)
  await openCitizen(page, citizen!)
  await saveScreen(page, 'dispute-person-before', testInfo)

  await test.step('the clerk files two objections from the keyboard; each record is 异议中 and cannot be processed', async () => {
    await fileByKeyboard(page, plateCase, 'plate_misrecorded', '当事人称当日车辆停放在小区内，照片中号牌与本车不符', [{ name: '行驶证.png', buffer: PNG }], {
      form: 'dispute-file-form',
      confirm: 'dispute-file-confirm',
      receipt: 'dispute-file-receipt'
    })
    await fileByKeyboard(page, voidCase, 'evidence_unclear', '照片模糊，无法辨认号牌', [])
    const row = page.getByRole('table', { name: '交通违法记录', exact: true }).getByRole('row').filter({ hasText: voidCase.behaviour }).filter({ hasText: '异议中' })
    await expect(row.first()).toBeVisible()
    await expect(row.first().getByRole('button', { name: '窗口处理：不可办理' })).toBeVisible()
    await row.first().getByRole('button', { name: '窗口处理：不可办理' }).click()
    await expect(page.getByRole('region', { name: /^窗口处理判断依据/ }).first()).toContainText('异议')
    await saveScreen(page, 'dispute-person-disputed', testInfo)
  })

  await test.step('the clerk looks at the evidence (zoom from the keyboard) and proposes to correct the plate', async () => {
    await section(page).getByRole('button', { name: `查看异议 ${plateCase.recordNo}` }).click()
    const dialog = detailDialog(page)
    const evidence = dialog.getByRole('region', { name: '证据照片' })
    await expect(evidence.getByRole('img')).toBeVisible({ timeout: 20_000 })
    await expect(evidence).toContainText('第 1 / 2 张')
    await evidence.focus()
    await page.keyboard.press('+')
    await expect(evidence).toContainText('150%')
    await page.keyboard.press('0')
    await page.keyboard.press('ArrowRight')
    await expect(evidence).toContainText('第 2 / 2 张')
    await expect(evidence).toContainText('号牌特写')
    await saveScreen(page, 'dispute-detail-evidence', testInfo)

    const form = dialog.getByRole('region', { name: '提出处理意见' })
    await form.getByRole('radio', { name: /^更正号牌/ }).check()
    await form.getByRole('combobox', { name: '号牌种类' }).selectOption(target.plateType)
    await form.getByRole('textbox', { name: '号牌号码' }).fill(target.plate)
    await form.getByRole('textbox', { name: '号牌号码' }).press('Enter')
    await expect(form).toContainText(`已找到：${target.plate}`)
    await form.getByRole('textbox', { name: '说明' }).fill('照片号牌与登记车辆不符，系号牌录入错误')
    await saveScreen(page, 'dispute-propose-plate', testInfo)
    await form.getByRole('button', { name: '提交审核' }).click()
    await expect(dialog).toContainText('处理意见已提交')
    await expect(dialog).toContainText('待审核')
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    await section(page).getByRole('button', { name: `查看异议 ${voidCase.recordNo}` }).click()
    await expect(detailDialog(page).getByRole('region', { name: '证据照片' }).getByRole('img')).toBeVisible({ timeout: 20_000 })
    const voidForm = detailDialog(page).getByRole('region', { name: '提出处理意见' })
    await voidForm.getByRole('radio', { name: /^消除记录/ }).check()
    await voidForm.getByRole('combobox', { name: '消除依据' }).selectOption('evidence_unclear')
    await voidForm.getByRole('button', { name: '提交审核' }).click()
    await expect(detailDialog(page)).toContainText('处理意见已提交')
    await page.keyboard.press('Escape')
  })

  await test.step('in 审核 the clerk cannot approve, and the screen says why', async () => {
    const main = await openReview(page)
    await expect(main.getByRole('table', { name: '我的异议' }).getByRole('row').filter({ hasText: plateCase.recordNo })).toContainText('待审核')
    await main.getByRole('tab', { name: /^待审核/ }).click()
    await main.getByRole('listbox', { name: '待审核事项' }).getByRole('option').filter({ hasText: '更正号牌' }).click()
    const blocked = main.getByRole('region', { name: '不能审核的原因' })
    await expect(blocked).toContainText('不是审核岗')
    await expect(main.getByRole('button', { name: '通过', exact: true })).toBeDisabled()
    await saveScreen(page, 'dispute-review-clerk-blocked', testInfo)
  })

  await switchTo(page, SUPERVISOR)

  await test.step('the supervisor approves the plate correction and sends the void back for 补录', async () => {
    const main = await openReview(page)
    const list = main.getByRole('listbox', { name: '待审核事项' })
    await list.getByRole('option').filter({ hasText: '更正号牌' }).click()
    await expect(main.getByRole('region', { name: '证据照片' }).getByRole('img')).toBeVisible({ timeout: 20_000 })
    await expect(main.getByRole('region', { name: '规则核查' })).toContainText('不是经办人')
    await saveScreen(page, 'dispute-review-supervisor', testInfo)
    await main.getByRole('button', { name: '通过', exact: true }).click()
    await expect(main.getByText(/^已通过：/)).toBeVisible()

    await list.getByRole('option').filter({ hasText: '消除记录' }).click()
    await main.getByRole('button', { name: '退回补正' }).click()
    await expect(main).toContainText('驳回或退回补正须填写审核意见')
    await main.getByRole('textbox', { name: '审核意见' }).fill('请补充当事人提供的现场照片')
    await main.getByRole('button', { name: '退回补正' }).click()
    await expect(main.getByText(/^已退回补正：/)).toBeVisible()
    await expect(list.getByRole('option').filter({ hasText: citizen!.name })).toHaveCount(0)
  })

  await test.step('a proposal the supervisor made himself he cannot approve (four eyes), and the screen says why', async () => {
    await page.keyboard.press('F2')
    await openCitizen(page, other!)
    await fileByKeyboard(page, ownCase, 'fake_or_borrowed_plate', '号牌被他人套用', [])
    await section(page).getByRole('button', { name: `查看异议 ${ownCase.recordNo}` }).click()
    await expect(detailDialog(page).getByRole('region', { name: '证据照片' }).getByRole('img')).toBeVisible({ timeout: 20_000 })
    const form = detailDialog(page).getByRole('region', { name: '提出处理意见' })
    await form.getByRole('radio', { name: /^维持记录/ }).check()
    await form.getByRole('button', { name: '提交审核' }).click()
    await expect(detailDialog(page)).toContainText('处理意见已提交')
    await page.keyboard.press('Escape')
    const main = await openReview(page)
    await main.getByRole('listbox', { name: '待审核事项' }).getByRole('option').filter({ hasText: other!.name }).click()
    await expect(main.getByRole('region', { name: '不能审核的原因' })).toContainText('与经办人相同')
    for (const name of ['通过', '驳回', '退回补正']) await expect(main.getByRole('button', { name, exact: true })).toBeDisabled()
    await saveScreen(page, 'dispute-review-own-blocked', testInfo)
  })

  await switchTo(page, CLERK)

  await test.step('the clerk sees the send-back in 我的异议, amends and re-submits with the photo', async () => {
    const main = await openReview(page)
    const mine = main.getByRole('table', { name: '我的异议' })
    const row = mine.getByRole('row').filter({ hasText: voidCase.recordNo })
    await expect(row).toContainText('退回补正')
    await expect(row).toContainText('请补充当事人提供的现场照片')
    await expect(mine.getByRole('row').filter({ hasText: plateCase.recordNo })).toContainText('审核通过')
    await saveScreen(page, 'dispute-mine-returned', testInfo)
    await row.getByRole('button', { name: `查看异议 ${voidCase.recordNo}` }).click()
    const dialog = detailDialog(page)
    await expect(dialog.getByRole('region', { name: '证据照片' }).getByRole('img')).toBeVisible({ timeout: 20_000 })
    const form = dialog.getByRole('region', { name: '补正后重新提交' })
    await expect(form.getByRole('radio', { name: /^消除记录/ })).toBeChecked()
    await form.getByLabel('选择附件').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG })
    await form.getByRole('textbox', { name: '说明' }).fill('已补充现场照片')
    await saveScreen(page, 'dispute-resubmit', testInfo)
    await form.getByRole('button', { name: '提交审核' }).click()
    await expect(dialog).toContainText('处理意见已提交')
    await expect(dialog).toContainText('现场照片.png')
    await page.keyboard.press('Escape')
  })

  await switchTo(page, SUPERVISOR)

  await test.step('the supervisor approves the re-submitted void', async () => {
    const main = await openReview(page)
    await main.getByRole('listbox', { name: '待审核事项' }).getByRole('option').filter({ hasText: citizen!.name }).click()
    await expect(main).toContainText('补正后重新提交')
    await main.getByRole('textbox', { name: '审核意见' }).fill('材料齐全，同意消除')
    await main.getByRole('button', { name: '通过', exact: true }).click()
    await expect(main.getByText(/^已通过：/)).toBeVisible()
  })

  await test.step('the citizen’s record: the void shows, the moved record is gone, the history tells it; central has it', async () => {
    await expect(statusBar(page)).toContainText('待上传：0', { timeout: 30_000 })
    await page.keyboard.press('F2')
    await openCitizen(page, citizen!, false)
    const table = page.getByRole('table', { name: '交通违法记录', exact: true })
    await expect(table.getByRole('row').filter({ hasText: '已消除' }).filter({ hasText: voidCase.behaviour }).first()).toBeVisible()
    const disputes = section(page).getByRole('table', { name: '异议记录' })
    await expect(disputes.getByRole('row').filter({ hasText: voidCase.recordNo })).toContainText('审核通过')
    await expect(disputes.getByRole('row').filter({ hasText: plateCase.recordNo })).toContainText('更正号牌')
    await expect(page.getByRole('region', { name: '业务记录' })).toContainText('异议审核通过')
    await expect(page.getByRole('region', { name: '业务记录' })).toContainText(`更正为${target.plate}`)
    await saveScreen(page, 'dispute-person-after', testInfo)
    // Central applied the correction: it told the right vehicle's owner (workstations never send SMS).
    await expect.poll(async () => (await central.smsMessages(target.phone)).some((m) => m.text.includes(target.plate) && m.text.includes('异议审核')), { timeout: 30_000 }).toBe(true)
    await page.keyboard.press('F9')
    const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
    await panel.getByRole('tab', { name: /^最近已确认/ }).click()
    const recent = panel.getByRole('table', { name: '最近已确认的操作' })
    await expect(recent.getByRole('row').filter({ hasText: '审核异议（通过）' }).first()).toBeVisible()
    await saveScreen(page, 'dispute-sync-recent', testInfo)
  })
})
