// 业务统计 as a supervisor lives it: a clerk processes a violation and takes its fine at the window;
// the clerk has no 业务统计; the supervisor opens it with Ctrl+B and sees today's figures per clerk
// (the clerk's decision and fine among them) and per channel, equal to the counts taken from the
// workstation's SQLite file, with the chart in the bundled font; picks periods from the keyboard
// (Alt+3 for seven days, dates typed, a reversed period refused at its field); and exports the CSV
// (Ctrl+S), whose downloaded bytes carry the BOM, the Chinese header and the same numbers.
import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Locator, Page } from '@playwright/test'
import { REPORT_MEASURES, type ReportCounts } from '../../src/shared/contract/workflows/report-schemas'
import { reportFromSql } from '../sync/support/report-sql'
import { expect, test } from './fixtures'
import { openApp, searchFor, signIn, SUPERVISOR } from './desk'
import { saveScreen } from './screens'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

const shown = (zoned: string): string => `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}`

/** 123456 fen → "1,234.56", as the table shows money. */
const yuan = (fen: number): string => `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`
const cellText = (measure: keyof ReportCounts, value: number): string => (measure === 'fineFen' || measure === 'lateFeeFen' ? yuan(value) : String(value))

const CHANNEL_NAMES: Record<string, string> = { app: '交管12123', bank: '银行代收', central: '交管中心', window: '窗口（未记录经办人）' }

interface SimpleCase {
  personId: string
  idNumber: string
  name: string
  occurredAt: string
  behaviour: string
  fineFen: number
}

/** A licensed owner's unprocessed fine on their own car that stays under 12 points: processed without a warning to confirm. */
function simpleCase(databaseFile: string): SimpleCase {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT p.id AS personId, p.id_number AS idNumber, p.name, x.occurred_at AS occurredAt, x.behaviour, x.fine_fen AS fineFen
           FROM people p JOIN drivers d ON d.person_id = p.id JOIN vehicles v ON v.owner_person_id = p.id
           JOIN violations x ON x.vehicle_id = v.id
          WHERE p.id_type = 'A' AND d.status = 'A' AND x.status = 'unprocessed' AND x.penalty = 'fine' AND x.fine_fen > 0
            AND d.cycle_points + x.points < 9
            AND NOT EXISTS (SELECT 1 FROM disputes q WHERE q.violation_id = x.id)
            AND (SELECT count(*) FROM violations y WHERE y.vehicle_id = v.id AND y.occurred_at = x.occurred_at AND y.behaviour = x.behaviour) = 1
          ORDER BY p.id LIMIT 1`
      )
      .get() as SimpleCase | undefined
    if (row === undefined) throw new Error('the generated data set has no simple unprocessed fine')
    return row
  } finally {
    db.close()
  }
}

/** The figures of a table row (after its row header), in the order of REPORT_MEASURES. */
async function rowFigures(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allTextContents()).map((s) => s.trim())
}

function expectedFigures(counts: ReportCounts): string[] {
  return REPORT_MEASURES.map((m) => cellText(m, counts[m]))
}

async function periodOf(page: Page): Promise<string> {
  const status = page.getByRole('main').getByRole('status').filter({ hasText: '统计期间' })
  await expect(status).toContainText('统计期间')
  return (await status.textContent()) ?? ''
}

test('a supervisor’s 业务统计 after a clerk’s work: table and chart equal the database, keyboard periods, CSV download', async ({ page, host, data }, testInfo) => {
  test.setTimeout(300_000)
  const pick = simpleCase(host.databaseFile)
  const clerk = data.operator('100001')
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
  const receiptNo = `RPT${Date.now().toString().slice(-10)}`

  await test.step('the clerk processes a violation and takes the fine; no 业务统计 for a clerk', async () => {
    await openApp(page, host)
    await signIn(page)
    await expect(page.getByRole('banner').getByRole('button', { name: '业务统计' })).toHaveCount(0)
    await page.keyboard.press('Control+B')
    await expect(page.getByRole('heading', { level: 1, name: '业务统计' })).toHaveCount(0)

    await searchFor(page, pick.idNumber)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()
    const table = page.getByRole('main').getByRole('table', { name: '交通违法记录', exact: true })
    const row = table.getByRole('row').filter({ hasText: shown(pick.occurredAt) }).filter({ hasText: pick.behaviour })
    await row.getByRole('button', { name: '处理', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
    await dialog.getByRole('button', { name: '确认处理', exact: true }).click()
    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
    await dialog.getByRole('button', { name: '完成' }).click()
    await expect(dialog).toHaveCount(0)

    await row.getByRole('button', { name: '缴款', exact: true }).click()
    const pay = page.getByRole('dialog', { name: '缴纳罚款', exact: true })
    await pay.getByRole('textbox', { name: '银行缴款回执号' }).fill(receiptNo)
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('button', { name: '确认收款' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(pay.getByRole('heading', { name: '缴款已登记' })).toBeVisible()
    await pay.getByRole('button', { name: '完成' }).click()
    await expect(pay).toHaveCount(0)
    await expect(bar).toContainText('待上传：0', { timeout: 20_000 })
    await page.getByRole('banner').getByRole('button', { name: '退出', exact: true }).click()
  })

  const screen = page.getByRole('main')
  const byClerk = screen.getByRole('table', { name: '按经办人统计' })
  let today = ''

  await test.step('the supervisor opens 业务统计 (Ctrl+B): today, per clerk and channel, equal to the database', async () => {
    await signIn(page, SUPERVISOR)
    const action = page.getByRole('banner').getByRole('button', { name: '业务统计' })
    await expect(action).toHaveAttribute('aria-keyshortcuts', 'Control+B')
    await page.keyboard.press('Control+B')
    await expect(screen.getByRole('heading', { level: 1, name: '业务统计' })).toBeVisible()
    today = /统计期间：(\d{4}-\d{2}-\d{2})（1天）/.exec(await periodOf(page))?.[1] ?? ''
    expect(today).not.toBe('')
    await expect(screen.getByLabel('起始日期')).toHaveValue(today)
    await expect(screen.getByLabel('截止日期')).toHaveValue(today)

    const sql = reportFromSql(host.databaseFile, today, today)
    const clerkCounts = sql.byWho.get('clerk:100001')!
    expect(clerkCounts).toMatchObject({ decisions: 1, payments: 1, fineFen: pick.fineFen })
    const rows = byClerk.getByRole('row')
    // Two header rows, a row per clerk or channel, and 合计.
    await expect(rows).toHaveCount(2 + sql.byWho.size + 1)
    for (const [who, counts] of sql.byWho) {
      const name = who.startsWith('clerk:') ? data.operator(who.slice(6)).name : CHANNEL_NAMES[who]!
      const row = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
      expect(await rowFigures(row), who).toEqual(expectedFigures(counts))
    }
    expect(await rowFigures(rows.filter({ has: page.getByRole('rowheader', { name: '合计' }) }))).toEqual(expectedFigures(sql.totals))
    await expect(rows.filter({ hasText: clerk.name })).toContainText('警号 100001')

    await saveScreen(page, 'report-today', testInfo)
    const chart = screen.getByRole('figure', { name: '各经办人业务量' })
    await expect(chart.locator('svg').first()).toBeVisible()
    await expect(chart).toContainText('处罚决定')
    await expect(chart).toContainText(clerk.name)
    const days = screen.getByRole('table', { name: '按日统计' })
    expect(await rowFigures(days.getByRole('row').filter({ has: page.getByRole('rowheader', { name: today }) }))).toEqual(expectedFigures(sql.totals))
  })

  await test.step('periods from the keyboard: Alt+3 for seven days, typed dates with Enter, a reversed period refused', async () => {
    await page.keyboard.press('Alt+3')
    await expect(screen.getByRole('figure', { name: '每日业务量' })).toBeVisible()
    const week = await periodOf(page)
    expect(week).toMatch(new RegExp(`至 ${today}（7天）`))
    const from = /统计期间：(\d{4}-\d{2}-\d{2}) 至/.exec(week)![1]!
    const sql = reportFromSql(host.databaseFile, from, today)
    const days = screen.getByRole('table', { name: '按日统计' })
    await expect(days.getByRole('row')).toHaveCount(2 + 7 + 1)
    expect(await rowFigures(days.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '合计' }) }))).toEqual(expectedFigures(sql.totals))
    await saveScreen(page, 'report-week', testInfo)

    // One clerk's days: the chart and the day table follow the choice.
    await screen.getByRole('combobox', { name: '按日明细范围' }).click()
    await page.getByRole('option', { name: new RegExp(`^${clerk.name}`) }).click()
    expect(await rowFigures(days.getByRole('row').filter({ has: page.getByRole('rowheader', { name: today }) }))).toEqual(
      expectedFigures(sql.byCell.get(`${today}|clerk:100001`)!)
    )
    await saveScreen(page, 'report-week-one-clerk', testInfo)

    const start = screen.getByLabel('起始日期')
    await start.focus()
    await start.fill(today)
    await screen.getByLabel('截止日期').fill(from)
    await screen.getByLabel('截止日期').press('Enter')
    await expect(screen.getByText('起始日期不能晚于截止日期')).toBeVisible()
    await saveScreen(page, 'report-range-refused', testInfo)
    await screen.getByLabel('截止日期').fill(today)
    await screen.getByLabel('截止日期').press('Enter')
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '统计期间' })).toContainText(`统计期间：${today}（1天）`)
  })

  await test.step('导出 CSV (Ctrl+S): the downloaded file carries the BOM, the header and the same numbers', async () => {
    const downloading = page.waitForEvent('download')
    await page.keyboard.press('Control+S')
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`业务统计_${today}.csv`)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((l) => l.split(','))
    expect(lines[0]!.slice(0, 5)).toEqual(['类别', '日期', '经办人', '警号', '办理地点'])
    expect(lines[0]!.slice(5)).toEqual(['面签注册', '手机号变更', '备案', '解除备案', '处罚决定', '缴款笔数', '罚款（元）', '加处罚款（元）', '异议受理', '异议维持', '异议消除', '更正号牌', '转移驾驶人', '驳回/退回'])
    const sql = reportFromSql(host.databaseFile, today, today)
    const figures = (counts: ReportCounts): string[] => REPORT_MEASURES.map((m) => (m === 'fineFen' || m === 'lateFeeFen' ? (counts[m] / 100).toFixed(2) : String(counts[m])))
    expect(lines.find((l) => l[0] === '总计')!.slice(5)).toEqual(figures(sql.totals))
    const mine = lines.find((l) => l[0] === '区间小计' && l[3] === '100001')!
    expect(mine.slice(1, 4)).toEqual([today, clerk.name, '100001'])
    expect(mine.slice(5)).toEqual(figures(sql.byWho.get('clerk:100001')!))
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '统计期间' })).toContainText(`已导出 业务统计_${today}.csv`)
    await saveScreen(page, 'report-exported', testInfo)
  })
})
