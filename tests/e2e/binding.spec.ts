// 备案 at the window, from the keyboard alone: a driver binds another person's car with the owner's
// consent by SMS code (sent through central's gateway, read back by the citizen) and leaves with
// the printed slip; at the limit of 3 vehicles the refusal says why and offers the list to unbind
// from right there, after which the binding goes through; and a binding saved while central is
// away waits as 待中心确认 and is confirmed once central is back.
import type { Locator, Page } from '@playwright/test'
import { openBindingData, type Applicant, type BindableVehicle } from './binding-data'
import { openApp, searchFor, signIn } from './desk'
import { expect, test } from './fixtures'
import { saveScreen } from './screens'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

function statusBar(page: Page) {
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
  return { bar, sync: bar.getByRole('button', { name: /^数据同步：/, includeHidden: true }) }
}

const bindingDialog = (page: Page): Locator => page.getByRole('dialog', { name: '新增备案（非本人机动车）', exact: true })
const section = (page: Page): Locator => page.getByRole('region', { name: '备案车辆', exact: true })

/** Search by ID number and open the record, keyboard only (Enter opens the single result). */
async function openPerson(page: Page, who: Applicant): Promise<void> {
  const search = await searchFor(page, who.idNumber)
  await expect(search.results.getByRole('row').filter({ hasText: who.name })).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: who.name, exact: true })).toBeVisible()
  await expect(section(page).getByRole('button', { name: '新增备案' })).toBeEnabled()
}

/** F7, the plate after the province the field starts with, and the verdict. */
async function enterPlate(page: Page, vehicle: BindableVehicle): Promise<Locator> {
  await page.keyboard.press('F7')
  const dialog = bindingDialog(page)
  await expect(dialog).toBeVisible()
  const plate = dialog.getByRole('textbox', { name: '号牌号码' })
  await expect(plate).toBeFocused()
  await expect(plate).toHaveValue(vehicle.plate.slice(0, 1))
  await page.keyboard.type(vehicle.plate.slice(1))
  await expect(plate).toHaveValue(vehicle.plate)
  return dialog
}

/** The whole flow with the owner at the window: tick, confirm, slip, close. */
async function bindWithOwnerPresent(page: Page, vehicle: BindableVehicle): Promise<void> {
  const dialog = await enterPlate(page, vehicle)
  const result = dialog.getByRole('region', { name: '核查结果' })
  await expect(result).toContainText('可以备案')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('radio', { name: '车主到场同意' })).toBeFocused()
  await page.keyboard.press('Tab')
  const tick = dialog.getByRole('checkbox', { name: '已核验车主（管理人）身份证明，本人到场同意备案' })
  await expect(tick).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('region', { name: '备案内容' })).toContainText(vehicle.plate)
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('document', { name: '非本人机动车备案回执' })).toContainText(vehicle.plate)
  await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(section(page).getByRole('row').filter({ hasText: vehicle.plate })).toHaveCount(1)
}

test('a driver binds another person’s car with the owner’s SMS consent, keyboard only, to the printed slip', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const data = openBindingData(host.databaseFile)
  const who = data.applicant()
  const [car] = data.vehicles(1, who.id)
  data.close()
  await openApp(page, host)
  await signIn(page)
  await openPerson(page, who)
  await expect(section(page)).toContainText('尚未备案非本人机动车')
  await saveScreen(page, 'binding-person-before', testInfo)

  const dialog = await enterPlate(page, car!)
  const plate = dialog.getByRole('textbox', { name: '号牌号码' })

  await test.step('the plate is checked as it is typed', async () => {
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await expect(plate).toHaveAccessibleDescription(/号牌号码应为7位/)
    await saveScreen(page, 'binding-plate-invalid', testInfo)
    await page.keyboard.type(car!.plate.slice(-2))
    const result = dialog.getByRole('region', { name: '核查结果' })
    await expect(result).toContainText('可以备案')
    await expect(result).toContainText(car!.phone.slice(0, 3) + '****' + car!.phone.slice(-4))
    await saveScreen(page, 'binding-vehicle-allowed', testInfo)
  })

  await test.step('the owner consents with the code sent to their phone', async () => {
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('radio', { name: '车主到场同意' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByRole('radio', { name: '短信验证车主手机' })).toBeChecked()
    await page.keyboard.press('Tab')
    const send = dialog.getByRole('button', { name: '发送验证码至车主手机' })
    await expect(send).toBeFocused()
    await page.keyboard.press('Enter')
    const code = dialog.getByRole('textbox', { name: '车主手机验证码' })
    await expect(code).toBeFocused()
    await expect(dialog).toContainText(`验证码已发送至${car!.phone.slice(0, 3)}****${car!.phone.slice(-4)}`)
    await saveScreen(page, 'binding-consent-sms-sent', testInfo)
    await page.keyboard.type(await central.smsCode(car!.phone))
    await expect(dialog).toContainText('已验证')
    await expect(dialog.getByRole('button', { name: '下一步' })).toBeFocused()
    await saveScreen(page, 'binding-consent-sms-verified', testInfo)
  })

  await test.step('summary, confirm, slip', async () => {
    await page.keyboard.press('Enter')
    const summary = dialog.getByRole('region', { name: '备案内容' })
    await expect(summary).toContainText(car!.plate)
    await expect(summary).toContainText('短信验证码')
    await expect(summary).toContainText('确认后即生效')
    await saveScreen(page, 'binding-confirm', testInfo)
    await expect(dialog.getByRole('button', { name: '确认备案' })).toBeFocused()
    await page.keyboard.press('Enter')
    const slip = dialog.getByRole('document', { name: '非本人机动车备案回执' })
    await expect(slip).toContainText(who.name)
    await expect(slip).toContainText(car!.plate)
    await expect(slip).toContainText('已生效')
    await expect(slip).not.toContainText(who.idNumber)
    // Central confirms it within moments (the desk is online).
    await expect(slip).toContainText('中心已确认', { timeout: 20_000 })
    await expect(dialog.getByRole('button', { name: '打印' })).toBeVisible()
    await saveScreen(page, 'binding-slip', testInfo)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
  })

  const row = section(page).getByRole('row').filter({ hasText: car!.plate })
  await expect(row).toContainText('已生效')
  await expect(row).toContainText('车主短信验证码')
  await expect(page.getByRole('main').getByRole('table', { name: '机动车' }).getByRole('row').filter({ hasText: car!.plate })).toHaveCount(1)
  await saveScreen(page, 'binding-person-after', testInfo)
  const notices = await central.smsMessages(car!.phone)
  expect(notices.some((m) => m.kind === 'notice' && m.text.includes(`您的机动车${car!.plate}已由驾驶人`))).toBe(true)
})

test('at the limit of 3 vehicles the refusal offers the list to unbind from, and the binding then goes through', async ({ page, host }, testInfo) => {
  test.setTimeout(300_000)
  const data = openBindingData(host.databaseFile)
  const who = data.applicant()
  const cars = data.vehicles(4, who.id)
  data.close()
  await openApp(page, host)
  await signIn(page)
  await openPerson(page, who)
  for (const car of cars.slice(0, 3)) await bindWithOwnerPresent(page, car)
  await expect(section(page).getByRole('row')).toHaveCount(4) // header + 3
  await saveScreen(page, 'binding-three-bound', testInfo)

  const fourth = cars[3]!
  const first = cars[0]!
  const dialog = await enterPlate(page, fourth)
  const result = dialog.getByRole('region', { name: '核查结果' })
  await test.step('refused with the reason, and the list to unbind from', async () => {
    await expect(result).toContainText('不能备案')
    await expect(result).toContainText('已达上限3辆，须先解除一辆再备案')
    await expect(result.getByRole('table', { name: '本人已备案车辆' }).getByRole('row')).toHaveCount(4)
    await expect(dialog.getByRole('button', { name: '下一步' })).toBeDisabled()
    // Enter does not go on while refused.
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('radio', { name: '车主到场同意' })).toHaveCount(0)
    await saveScreen(page, 'binding-limit-refused', testInfo)
  })

  await test.step('unbind one from the list, keyboard only', async () => {
    const unbind = result.getByRole('button', { name: `解除 ${first.plate}` })
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      if (await unbind.evaluate((el) => el === el.ownerDocument.activeElement)) break
    }
    await expect(unbind).toBeFocused()
    await page.keyboard.press('Enter')
    const ask = page.getByRole('dialog', { name: '解除备案', exact: true })
    await expect(ask).toContainText(first.plate)
    await expect(ask.getByRole('radio', { name: '腾出备案名额' })).toBeChecked()
    await expect(ask.getByRole('radio', { name: '腾出备案名额' })).toBeFocused()
    await saveScreen(page, 'binding-unbind-dialog', testInfo)
    await page.keyboard.press('Enter')
    await expect(ask).toHaveCount(0)
    await expect(result).toContainText('可以备案')
    await expect(dialog.getByRole('textbox', { name: '号牌号码' })).toBeFocused()
    await saveScreen(page, 'binding-limit-freed', testInfo)
  })

  await test.step('the 4th binding goes through', async () => {
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('document', { name: '非本人机动车备案回执' })).toContainText(fourth.plate)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
  })
  const rows = section(page).getByRole('row')
  await expect(rows.filter({ hasText: fourth.plate })).toHaveCount(1)
  await expect(rows.filter({ hasText: first.plate })).toHaveCount(0)
  await expect(rows).toHaveCount(4)
  await saveScreen(page, 'binding-after-swap', testInfo)
})

test('a binding saved while central is away waits as 待中心确认 and is confirmed once central is back', async ({ page, host, central }, testInfo) => {
  test.setTimeout(240_000)
  const data = openBindingData(host.databaseFile)
  const who = data.applicant()
  const [car] = data.vehicles(1, who.id)
  data.close()
  await openApp(page, host)
  await signIn(page)
  await openPerson(page, who)
  const { bar, sync } = statusBar(page)
  await expect(bar).toContainText('待上传：0')

  await central.stop()
  await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })

  const dialog = await enterPlate(page, car!)
  await test.step('offline: only the owner in person, and the summary says it waits for central', async () => {
    await expect(dialog.getByRole('region', { name: '核查结果' })).toContainText('可以备案')
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowDown')
    await expect(dialog).toContainText('与中心断开时无法发送短信验证码')
    await saveScreen(page, 'binding-offline-consent', testInfo)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('region', { name: '备案内容' })).toContainText('待中心确认')
    await saveScreen(page, 'binding-offline-confirm', testInfo)
    await page.keyboard.press('Enter')
    const slip = dialog.getByRole('document', { name: '非本人机动车备案回执' })
    await expect(slip).toContainText('待中心确认')
    await expect(slip).toContainText('本备案已保存在本窗口，待中心确认')
    await saveScreen(page, 'binding-offline-slip', testInfo)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
  })

  const row = section(page).getByRole('row').filter({ hasText: car!.plate })
  await expect(row).toContainText('待中心确认')
  await expect(bar).toContainText('待上传：1')
  await saveScreen(page, 'binding-offline-pending', testInfo)

  await test.step('central is back: 立即同步 uploads it once, and the row is confirmed', async () => {
    await central.restart()
    await page.keyboard.press('F9')
    const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
    await expect(panel).toBeVisible()
    await page.keyboard.press('F9')
    await expect(panel.getByRole('status')).toContainText('已与中心同步', { timeout: 30_000 })
    await expect(bar).toContainText('待上传：0', { timeout: 30_000 })
    await saveScreen(page, 'binding-offline-sync-panel', testInfo)
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(sync).toHaveAccessibleName('数据同步：在线')
    await expect(row).not.toContainText('待中心确认', { timeout: 20_000 })
    await expect(row).toContainText('已生效')
    await saveScreen(page, 'binding-offline-synced', testInfo)
  })
})
