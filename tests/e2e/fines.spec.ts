// 处理 several violations and 缴款 at the window, as the clerk lives it, from the keyboard: tick the
// records (Shift+Tab from a 处理 button, Space, ↓), Ctrl+Enter, tell the driver about the 12 points
// and tick 确认提示 for the record that reaches them, process all in one go, print the 处理结果,
// take the fine of one with the bank's receipt number (checked as typed), print the 缴款凭证; a
// second payment of a decision another window has just been paid for is refused with the reason;
// the day's 今日收款 adds up. And offline: processing and payment wait with provisional numbers,
// then reach central once it is back.
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openApp, searchFor, signIn } from './desk'
import { payAtAnotherWindow } from './other-window'
import { saveScreen } from './screens'
import { demoExample } from './web-host'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

/** "2026-11-01T08:15:00.000+08:00" → "2026-11-01 08:15", as the table shows it. */
const shown = (zoned: string): string => `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}`
const PROVISIONAL_NO = /临-[0-9A-Z]+-\d{6}/

interface BatchCase {
  personId: string
  idNumber: string
  name: string
}

/** A licensed owner with 2–5 records with points, which stay under 12 one by one and reach 12 together. */
function batchCase(databaseFile: string): BatchCase {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT p.id AS personId, p.id_number AS idNumber, p.name
           FROM people p JOIN drivers d ON d.person_id = p.id JOIN vehicles v ON v.owner_person_id = p.id
           JOIN violations x ON x.vehicle_id = v.id
          WHERE p.id_type = 'A' AND d.status = 'A' AND x.status = 'unprocessed' AND x.penalty IS NOT NULL AND x.points > 0
            AND NOT EXISTS (SELECT 1 FROM disputes q WHERE q.violation_id = x.id)
          GROUP BY p.id
         HAVING count(*) BETWEEN 2 AND 5 AND d.cycle_points + max(x.points) < 12 AND d.cycle_points + sum(x.points) >= 12
          ORDER BY p.id LIMIT 1`
      )
      .get() as BatchCase | undefined
    if (row === undefined) throw new Error('the generated data set has no driver whose records reach 12 points only together')
    return row
  } finally {
    db.close()
  }
}

/** The person's decisions as the desk holds them, with the record each is on. */
function decisionsOf(databaseFile: string, personId: string) {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    return db
      .prepare(
        `SELECT d.id, d.decision_no AS decisionNo, d.fine_fen AS fineFen, x.occurred_at AS occurredAt, x.behaviour,
                (SELECT p.receipt_no FROM payments p WHERE p.decision_id = d.id) AS receiptNo
           FROM decisions d JOIN violations x ON x.id = d.violation_id WHERE d.person_id = ? AND d.operator_id IS NOT NULL
          ORDER BY x.occurred_at`
      )
      .all(personId) as { id: string; decisionNo: string; fineFen: number; occurredAt: string; behaviour: string; receiptNo: string | null }[]
  } finally {
    db.close()
  }
}

/** window.print is the browser's dialog: count the calls instead. */
async function stubPrint(page: Page): Promise<() => Promise<number>> {
  await page.evaluate("window.__printed = 0; window.print = () => { window.__printed += 1 }")
  return async () => (await page.evaluate('window.__printed')) as number
}

async function focusedName(page: Page): Promise<string> {
  return (await page.evaluate("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''")) as string
}

/** Presses Tab until the element matching `name` has the focus (at most `max` times). */
async function tabTo(page: Page, name: RegExp, max = 12, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (name.test(await focusedName(page))) return
    await page.keyboard.press(key)
  }
  expect(await focusedName(page)).toMatch(name)
}

test('several violations processed from the keyboard with the 12-point 确认提示, one fine taken and printed, a duplicate refused, the cash-up', async ({
  page,
  host,
  central
}, testInfo) => {
  test.setTimeout(300_000)
  const pick = batchCase(host.databaseFile)
  await openApp(page, host)
  await signIn(page)
  const printed = await stubPrint(page)
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
  await expect(bar.getByRole('button', { name: '数据同步：在线', includeHidden: true })).toHaveCount(1)

  const search = await searchFor(page, pick.idNumber)
  await expect(search.results.getByRole('row').filter({ hasText: pick.name })).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()
  const table = page.getByRole('main').getByRole('table', { name: '交通违法记录', exact: true })
  const ticks = table.getByRole('checkbox', { name: /^选择违法记录/ })
  const count = await ticks.count()
  expect(count).toBeGreaterThanOrEqual(2)
  // Older decisions of the person may be waiting for payment already.
  const payableBefore = await table.getByRole('button', { name: '缴款', exact: true }).count()

  await test.step('tick every record the window may process: F4, Shift+Tab, Space, ↓', async () => {
    await page.keyboard.press('F4')
    expect(await focusedName(page)).toBe('处理')
    await page.keyboard.press('Shift+Tab')
    await expect(ticks.first()).toBeFocused()
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Space')
      if (i < count - 1) await page.keyboard.press('ArrowDown')
    }
    for (const tick of await ticks.all()) await expect(tick).toBeChecked()
    const selection = page.getByRole('region', { name: '已选违法记录' })
    await expect(selection).toContainText(`已选 ${count} 条`)
    await expect(selection.getByRole('button', { name: /处理所选/ })).toBeVisible()
    await saveScreen(page, 'fines-batch-selected', testInfo)
  })

  const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
  await test.step('Ctrl+Enter: the points add up; the record that reaches 12 needs the 确认提示', async () => {
    await page.keyboard.press('Control+Enter')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('group', { name: /^违法记录/ })).toHaveCount(count)
    await expect(dialog).toContainText(`共 ${count} 条违法记录`)
    await expect(dialog).toContainText('任一条不能处理时，全部不予处理')
    const confirms = dialog.getByRole('checkbox', { name: '已向驾驶人告知并确认' })
    await expect(confirms.first()).toBeFocused()
    const asking = dialog.getByRole('group', { name: /^违法记录/ }).filter({ has: page.getByRole('checkbox', { name: '已向驾驶人告知并确认' }) })
    await expect(asking.first()).toContainText(/累计将达\d+分/)
    const submit = dialog.getByRole('button', { name: `确认处理 ${count} 条`, exact: true })
    await expect(submit).toBeDisabled()
    await saveScreen(page, 'fines-batch-confirm', testInfo)

    // Space on each tick the dialog asks for (Tab goes from one to the next), then on to 确认处理.
    const asked = await confirms.count()
    for (let i = 0; i < asked; i++) {
      await expect(confirms.nth(i)).toBeFocused()
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
    }
    await expect(submit).toBeEnabled()
    await tabTo(page, new RegExp(`^确认处理 ${count} 条$`))
    await page.keyboard.press('Enter')
  })

  await test.step('the decisions, with 缴款 each and the printable 处理结果', async () => {
    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
    const results = dialog.getByRole('table', { name: '处理结果' })
    await expect(results.getByRole('row')).toHaveCount(count + 1)
    await expect(results.getByRole('button', { name: '缴款' })).toHaveCount(count)
    const slip = dialog.getByRole('document', { name: '违法处理结果告知单' })
    await expect(slip).toContainText(pick.name)
    await expect(slip).toContainText('处理后本周期记分')
    await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
    await page.keyboard.press('Control+P')
    expect(await printed()).toBe(1)
    await saveScreen(page, 'fines-batch-result', testInfo)
  })

  const pay = page.getByRole('dialog', { name: '缴纳罚款', exact: true })
  const receiptNo = `YH${Date.now().toString().slice(-10)}01`
  await test.step('缴款 from the result: amounts itemised, receipt number checked as typed, confirm, printed 缴款凭证', async () => {
    await tabTo(page, /^缴款$/, 4, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(pay).toBeVisible()
    const amounts = pay.getByRole('table', { name: '应缴金额' })
    await expect(amounts).toContainText('罚款')
    await expect(amounts).toContainText('加处罚款')
    await expect(amounts).toContainText('未逾期')
    const field = pay.getByRole('textbox', { name: '银行缴款回执号' })
    await expect(field).toBeFocused()
    await page.keyboard.type('YH-1')
    await expect(pay).toContainText('回执号应为6至32位，当前4位')
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('region', { name: '收款确认' })).toHaveCount(0)
    await saveScreen(page, 'fines-pay-invalid', testInfo)

    await page.keyboard.press('Control+A')
    await page.keyboard.type(receiptNo.toLowerCase())
    await expect(pay).not.toContainText('回执号应为')
    await page.keyboard.press('Enter')
    const summary = pay.getByRole('region', { name: '收款确认' })
    await expect(summary).toContainText(receiptNo)
    await expect(pay.getByRole('button', { name: '确认收款' })).toBeFocused()
    await saveScreen(page, 'fines-pay-confirm', testInfo)
    await page.keyboard.press('Enter')

    await expect(pay.getByRole('heading', { name: '缴款已登记' })).toBeVisible()
    const receipt = pay.getByRole('document', { name: '交通违法罚款缴款凭证' })
    await expect(receipt).toContainText(receiptNo)
    await expect(receipt).toContainText('实收合计')
    await page.keyboard.press('Control+P')
    expect(await printed()).toBe(2)
    await saveScreen(page, 'fines-pay-receipt', testInfo)
    await expect(pay.getByRole('button', { name: '完成' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(pay).toHaveCount(0)
    await expect(dialog.getByRole('table', { name: '处理结果' })).toContainText(`已缴款（回执号 ${receiptNo}）`)
    await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
    await saveScreen(page, 'fines-batch-result-paid', testInfo)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    await expect(table.getByRole('row').filter({ hasText: '已缴款' }).first()).toBeVisible()
    await expect(table.getByRole('button', { name: '缴款', exact: true })).toHaveCount(payableBefore + count - 1)
  })

  await test.step('a second payment of a decision another window has just been paid for is refused, with the reason', async () => {
    // Every action has reached central; the desk shows central's numbers.
    await expect(bar).toContainText('待上传：0', { timeout: 20_000 })
    const unpaid = decisionsOf(host.databaseFile, pick.personId).find((d) => d.receiptNo === null)!
    const row = table.getByRole('row').filter({ hasText: shown(unpaid.occurredAt) }).filter({ hasText: unpaid.behaviour })
    await row.getByRole('button', { name: '缴款', exact: true }).click()
    await expect(pay.getByRole('table', { name: '应缴金额' })).toBeVisible()
    await pay.getByRole('textbox', { name: '银行缴款回执号' }).fill(`${receiptNo}-2`)
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('button', { name: '确认收款' })).toBeFocused()

    const other = `OTHER${Date.now().toString().slice(-8)}`
    const result = await payAtAnotherWindow(central.url, central.dataDir, { decisionId: unpaid.id, receiptNo: other, fineFen: unpaid.fineFen, lateFeeFen: 0 })
    expect(result.status, JSON.stringify(result)).toBe('applied')
    // The desk's live channel brings the other window's payment in.
    await expect.poll(() => decisionsOf(host.databaseFile, pick.personId).find((d) => d.id === unpaid.id)?.receiptNo, { timeout: 20_000 }).toBe(other)

    await page.keyboard.press('Enter')
    const alert = pay.getByRole('alert')
    await expect(alert).toHaveCount(1)
    await expect(alert).toContainText('不能重复收款')
    await expect(alert).toContainText(`回执号${other}`)
    await expect(pay.getByRole('textbox', { name: '银行缴款回执号' })).toHaveCount(0)
    await expect(pay.getByRole('button', { name: '取消' })).toBeFocused()
    await saveScreen(page, 'fines-pay-duplicate-refused', testInfo)
    await page.keyboard.press('Escape')
    await expect(pay).toHaveCount(0)
  })

  await test.step('今日收款 (Ctrl+J): the day’s payments and totals, printable', async () => {
    await page.keyboard.press('Control+J')
    const cash = page.getByRole('dialog', { name: '今日收款', exact: true })
    await expect(cash).toBeVisible()
    const lines = cash.getByRole('table', { name: '收款明细' })
    await expect(lines.getByRole('row')).toHaveCount(2)
    await expect(lines).toContainText(receiptNo)
    await expect(lines).not.toContainText('OTHER')
    const sheet = cash.getByRole('document', { name: '窗口罚款收款日结单' })
    await expect(sheet).toContainText('1 笔')
    await expect(sheet).toContainText(receiptNo)
    await saveScreen(page, 'fines-cashup', testInfo)
    await page.keyboard.press('Escape')
    await expect(cash).toHaveCount(0)
  })
})

test('processing and payment done offline wait with provisional numbers, then reach central once it is back', async ({ page, host, data, central }, testInfo) => {
  test.setTimeout(300_000)
  const plate = demoExample(host, '有未处理违法记录的车辆（号牌）')
  const record = data.unprocessedOnPlate(plate)
  await openApp(page, host)
  await signIn(page)
  const printed = await stubPrint(page)
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
  const sync = bar.getByRole('button', { name: /^数据同步：/, includeHidden: true })
  await expect(sync).toHaveAccessibleName('数据同步：在线')

  const search = await searchFor(page, plate)
  await search.results.getByRole('row').filter({ hasText: record.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: record.name, exact: true })).toBeVisible()
  await expect(bar).toContainText('待上传：0')
  const row = page
    .getByRole('main')
    .getByRole('table', { name: '交通违法记录', exact: true })
    .getByRole('row')
    .filter({ hasText: shown(record.occurredAt) })
    .filter({ hasText: record.behaviour })

  await central.stop()
  await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })

  const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
  const pay = page.getByRole('dialog', { name: '缴纳罚款', exact: true })
  const receiptNo = `OFF${Date.now().toString().slice(-10)}`
  await test.step('offline: process, pay, print — all provisional', async () => {
    await row.getByRole('button', { name: '处理', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toContainText('临时编号')
    const confirms = dialog.getByRole('checkbox', { name: '已向驾驶人告知并确认' })
    for (let i = 0; i < (await confirms.count()); i++) await confirms.nth(i).press('Space')
    await dialog.getByRole('button', { name: '确认处理', exact: true }).press('Enter')
    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
    await expect(dialog).toContainText(PROVISIONAL_NO)
    await expect(dialog.getByRole('document', { name: '违法处理结果告知单' })).toContainText('临时编号')

    await tabTo(page, /^缴款$/, 4, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('table', { name: '应缴金额' })).toBeVisible()
    await expect(pay).toContainText('该决定书为临时编号')
    await page.keyboard.type(receiptNo)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('heading', { name: '缴款已登记' })).toBeVisible()
    await expect(pay).toContainText('待中心确认')
    await expect(pay.getByRole('document', { name: '交通违法罚款缴款凭证' })).toContainText('待中心确认后生效')
    await page.keyboard.press('Control+P')
    expect(await printed()).toBe(1)
    await saveScreen(page, 'fines-offline-receipt', testInfo)
    await expect(pay.getByRole('button', { name: '完成' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(pay).toHaveCount(0)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    await expect(row).toContainText('已缴款')
    await expect(row).toContainText(PROVISIONAL_NO)
    await expect(bar).toContainText('待上传：2')
    await saveScreen(page, 'fines-offline-pending', testInfo)
  })

  await test.step('central is back: both reach it once; the record shows central’s number, the cash-up confirms', async () => {
    await central.restart()
    await page.keyboard.press('F9')
    const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
    await expect(panel).toBeVisible()
    await page.keyboard.press('F9')
    await expect(panel.getByRole('status')).toContainText('已与中心同步')
    await expect(panel).toContainText('没有待上传的操作')
    await page.keyboard.press('Escape')
    await expect(bar).toContainText('待上传：0')
    await expect(bar).toContainText('需处理：0')
    await expect(row).not.toContainText(PROVISIONAL_NO)
    await expect(row).toContainText('已缴款')

    await page.keyboard.press('Control+J')
    const cash = page.getByRole('dialog', { name: '今日收款', exact: true })
    const lines = cash.getByRole('table', { name: '收款明细' })
    const line = lines.getByRole('row').filter({ hasText: receiptNo })
    await expect(line).toContainText('已确认')
    await expect(line).not.toContainText(PROVISIONAL_NO)
    await saveScreen(page, 'fines-offline-synced-cashup', testInfo)
    await page.keyboard.press('Escape')
  })
})
