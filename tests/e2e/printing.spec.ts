// 打印决定书 as the clerk lives it: process a violation at the window, wait for central's definitive
// number, print the decision — the PDF main made with Chromium is shown in the browser's PDF viewer —,
// print it again as 补打 (marked with its count, same 核验码), and print the day's decisions in one
// PDF from the top bar. The archive in the host's SQLite file follows each step.
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openApp, searchFor, signIn } from './desk'
import { saveScreen } from './screens'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

interface PrintCase {
  idNumber: string
  name: string
}

/** A licensed owner with exactly one simple unprocessed record that stays under 12 points. */
function printCase(databaseFile: string): PrintCase {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT p.id_number AS idNumber, p.name
           FROM people p JOIN drivers d ON d.person_id = p.id JOIN vehicles v ON v.owner_person_id = p.id
           JOIN violations x ON x.vehicle_id = v.id
          WHERE p.id_type = 'A' AND d.status = 'A' AND x.status = 'unprocessed' AND x.penalty = 'fine'
            AND NOT EXISTS (SELECT 1 FROM disputes q WHERE q.violation_id = x.id)
          GROUP BY p.id HAVING count(*) = 1 AND d.cycle_points + max(x.points) < 12
          ORDER BY p.id LIMIT 1`
      )
      .get() as PrintCase | undefined
    if (row === undefined) throw new Error('the generated data set has no licensed owner with exactly one simple record to process')
    return row
  } finally {
    db.close()
  }
}

function archive(databaseFile: string): { kind: string; reprints: number }[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT kind, reprints FROM printed_documents ORDER BY first_printed_at').all() as { kind: string; reprints: number }[]
  } finally {
    db.close()
  }
}

/** The preview frame shows a blob: PDF, opened by Chromium's PDF viewer. */
async function expectPdfShown(page: Page, title = '决定书预览'): Promise<void> {
  const frame = page.getByTitle(title)
  await expect(frame).toBeVisible()
  await expect(frame).toHaveAttribute('src', /^blob:http:\/\/127\.0\.0\.1:\d+\//)
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://')), { message: 'the PDF viewer loaded' }).toBe(true)
  // Let the viewer paint the page before the screenshot.
  await page.waitForTimeout(1_000)
}

test('process a violation, print its decision as a PDF, reprint it as 补打, and print the day’s decisions', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000)
  const pick = printCase(host.databaseFile)
  await openApp(page, host)
  await signIn(page)
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden: true })
  await expect(bar.getByRole('button', { name: '数据同步：在线', includeHidden: true })).toHaveCount(1)

  const search = await searchFor(page, pick.idNumber)
  await expect(search.results.getByRole('row').filter({ hasText: pick.name })).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()

  const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
  await test.step('process the record at the window', async () => {
    await page.keyboard.press('F4')
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    const confirms = dialog.getByRole('checkbox', { name: '已向驾驶人告知并确认' })
    for (const box of await confirms.all()) await box.check()
    await dialog.getByRole('button', { name: /^确认处理/ }).click()
    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
  })

  const printDialog = page.getByRole('dialog', { name: '打印处罚决定书', exact: true })
  await test.step('once central has numbered it, 打印决定书 shows the PDF and archives it', async () => {
    const action = dialog.getByRole('button', { name: '打印决定书', exact: true })
    // Provisional until central answers: the button waits for the definitive number.
    await expect(action).toBeEnabled({ timeout: 30_000 })
    await action.click()
    await expect(printDialog).toBeVisible()
    await expect(printDialog.getByRole('status')).toContainText('尚未打印')
    await printDialog.getByRole('button', { name: '打印决定书', exact: true }).click()
    await expectPdfShown(page)
    await expect(printDialog).toContainText('已打印并存档')
    await expect(printDialog.getByRole('button', { name: '打印', exact: true })).toBeFocused()
    await saveScreen(page, 'print-decision', testInfo)
    expect(archive(host.databaseFile)).toEqual([{ kind: 'decision', reprints: 0 }])
    await printDialog.getByRole('button', { name: '关闭', exact: true }).click()
    await expect(printDialog).toBeHidden()
  })

  await test.step('printing it again is a 补打, marked with its count', async () => {
    await dialog.getByRole('button', { name: '打印决定书', exact: true }).click()
    await expect(printDialog.getByRole('status')).toContainText('已于')
    const reprint = printDialog.getByRole('button', { name: '补打', exact: true })
    await expect(reprint).toBeFocused()
    await page.keyboard.press('Enter')
    await expectPdfShown(page)
    await expect(printDialog.getByText('补打（第2次）', { exact: true })).toBeVisible()
    await expect(printDialog).toContainText('核验码不变')
    await saveScreen(page, 'print-decision-reprint', testInfo)
    expect(archive(host.databaseFile)).toEqual([{ kind: 'decision', reprints: 1 }])
    await page.keyboard.press('Escape')
    await expect(printDialog).toBeHidden()
  })

  await test.step('the 处理结果告知单 slip as a PDF from the same template mechanism', async () => {
    await dialog.getByRole('button', { name: 'PDF 预览', exact: true }).click()
    const slip = page.getByRole('dialog', { name: '违法处理结果告知单', exact: true })
    await expect(slip).toBeVisible()
    await expectPdfShown(page, '凭证预览')
    await saveScreen(page, 'print-slip-pdf', testInfo)
    await slip.getByRole('button', { name: '关闭', exact: true }).click()
    await expect(slip).toBeHidden()
  })

  await test.step('the day’s decisions in one PDF from the top bar (Alt+P)', async () => {
    await dialog.getByRole('button', { name: '完成' }).click()
    await expect(dialog).toBeHidden()
    await page.keyboard.press('Alt+P')
    const batch = page.getByRole('dialog', { name: '批量打印决定书', exact: true })
    await expect(batch).toBeVisible()
    await batch.getByRole('radio', { name: '全部（已打印的补打）' }).check()
    await batch.getByRole('button', { name: '生成', exact: true }).click()
    await expect(batch.getByRole('status')).toContainText('共 1 份（首次打印 0 份，补打 1 份）')
    await expectPdfShown(page)
    await saveScreen(page, 'print-decision-batch', testInfo)
    expect(archive(host.databaseFile)).toEqual([{ kind: 'decision', reprints: 2 }])
  })
})
