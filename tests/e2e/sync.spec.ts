// Synchronisation with central, as the clerk lives it: the status bar says 在线; central goes away
// (its process is stopped) and the bar says 离线; the clerk still processes a violation at the
// window, confirming the 12-point warning with the driver, and gets a provisional (临时) decision
// number that waits in 待上传; central comes back, 立即同步 uploads it, and the record shows the
// definitive number central assigned. And when another window processed the same record meanwhile,
// central refuses the desk's action: it waits in 需处理 until a supervisor settles it.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openApp, searchFor, signIn, SUPERVISOR } from './desk'
import { processAtAnotherWindow } from './other-window'
import { saveScreen } from './screens'
import { demoExample } from './web-host'

test.use({ hostOptions: { central: true, startTimeoutMs: 150_000 } })

/** "2026-11-01T08:15:00.000+08:00" → "2026-11-01 08:15", as the table shows it. */
const shown = (zoned: string): string => `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}`
const PROVISIONAL_NO = /临-[0-9A-Z]+-\d{6}/

/**
 * The status bar. `includeHidden`: a modal dialog hides the page behind it from assistive tech
 * (aria-hidden), yet the bar is still on screen and still the truth.
 */
function statusBar(page: Page, includeHidden = false) {
  const bar = page.getByRole('contentinfo', { name: '状态栏', includeHidden })
  return { bar, sync: bar.getByRole('button', { name: /^数据同步：/, includeHidden }) }
}

test('a violation processed while central is unreachable gets a provisional number until central confirms it', async ({
  page,
  host,
  data,
  central
}, testInfo) => {
  test.setTimeout(240_000)
  const pick = data.pointsRefusal()
  await openApp(page, host)
  await signIn(page)

  const { bar, sync } = statusBar(page)
  await expect(sync).toHaveAccessibleName('数据同步：在线')
  await expect(bar).toContainText('待上传：0')
  await expect(bar).toContainText('需处理：0')
  await expect(bar).toContainText(/最后同步：(刚刚|\d+ 分钟前)/)

  const search = await searchFor(page, pick.idNumber)
  await search.results.getByRole('row').filter({ hasText: pick.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()
  // Opening the record is audited and reported to central: let that go up while central is here.
  await expect(bar).toContainText('待上传：0')
  await saveScreen(page, 'sync-status-online', testInfo)

  await test.step('central goes away: the status bar says 离线', async () => {
    await central.stop()
    // The engine notices on its next exchange (its live channel to central drops at once).
    await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })
    await sync.hover()
    await expect(page.getByRole('tooltip')).toContainText('连接恢复后自动上传')
    await page.mouse.move(0, 0)
  })

  const table = page.getByRole('main').getByRole('table', { name: '交通违法记录', exact: true })
  const row = table.getByRole('row').filter({ hasText: shown(pick.occurredAt) }).filter({ hasText: pick.behaviour })
  await expect(row).toHaveCount(1)
  const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
  let provisionalNo = ''

  await test.step('process it at the window, from the keyboard, confirming the 12-point warning', async () => {
    await expect(row.getByRole('button', { name: '窗口处理：需确认', exact: true })).toBeVisible()
    const action = row.getByRole('button', { name: '处理', exact: true })
    await expect(action).toBeEnabled()
    // F4 walks through the records that can be processed; stop on this one.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('F4')
      if ((await action.evaluate('(el) => el === document.activeElement')) === true) break
    }
    await expect(action).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(pick.recordNo)
    await expect(dialog).toContainText(pick.behaviour)
    await expect(dialog).toContainText(`累计将达${pick.cyclePoints + pick.points}分`)
    // Away from central the number is provisional, and the dialog says so before anything is saved.
    await expect(dialog).toContainText('当前离线')
    await expect(dialog).toContainText('临时编号')
    const submit = dialog.getByRole('button', { name: '确认处理', exact: true })
    const confirm = dialog.getByRole('checkbox', { name: '已向驾驶人告知并确认' })
    await expect(submit).toBeDisabled()
    await expect(confirm).toBeFocused()
    await expect(confirm).not.toBeChecked()
    await saveScreen(page, 'process-dialog-confirm', testInfo)

    await page.keyboard.press('Space')
    await expect(confirm).toBeChecked()
    await expect(submit).toBeEnabled()
    await page.keyboard.press('Tab') // 取消
    await page.keyboard.press('Tab') // 确认处理
    await expect(submit).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
    await expect(dialog).toContainText('临时')
    await expect(dialog).toContainText('缴款期限')
    await expect(dialog).toContainText(`${pick.points} 分`)
    provisionalNo = PROVISIONAL_NO.exec((await dialog.textContent()) ?? '')?.[0] ?? ''
    expect(provisionalNo, 'a provisional decision number in the result').not.toBe('')
    // Saved here, waiting for central.
    await expect(statusBar(page, true).bar).toContainText('待上传：1')
    await saveScreen(page, 'process-dialog-result', testInfo)

    await expect(dialog.getByRole('button', { name: '完成' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    await expect(row).toContainText('已处理未缴款')
    await expect(row).toContainText(provisionalNo)
    await expect(row.getByRole('button', { name: '处理', exact: true })).toHaveCount(0)
    await expect(sync).toHaveAccessibleName('数据同步：离线')
    await saveScreen(page, 'sync-status-offline-pending', testInfo)
  })

  await test.step('leaving with actions not uploaded asks first', async () => {
    await page.getByRole('banner').getByRole('button', { name: '退出', exact: true }).click()
    const ask = page.getByRole('dialog', { name: '退出登录', exact: true })
    await expect(ask).toContainText(/还有 \d+ 项操作未上传中心，退出登录后将在后台继续上传。确定退出？/)
    await expect(ask.getByRole('button', { name: '取消' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(ask).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()

    // Closing the tab: the browser's own "leave this page?" (dismissed: the clerk stays).
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (d) => {
        resolve(d.type())
        void d.dismiss()
      })
    })
    await page.close({ runBeforeUnload: true })
    expect(await asked).toBe('beforeunload')
    expect(page.isClosed()).toBe(false)
  })

  const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
  await test.step('the sync panel lists the action waiting to go up', async () => {
    await page.keyboard.press('F9')
    await expect(panel).toBeVisible()
    const pendingTab = panel.getByRole('tab', { name: /^待上传/ })
    await expect(pendingTab).toHaveAttribute('aria-selected', 'true')
    await expect(pendingTab).toBeFocused()
    const pending = panel.getByRole('table', { name: '待上传的操作' })
    const item = pending.getByRole('row').filter({ hasText: provisionalNo })
    await expect(item).toHaveCount(1)
    await expect(item).toContainText('处理违法')
    await expect(item).toContainText('无法连接中心')
    await expect(panel).toContainText('离线')
    await saveScreen(page, 'sync-panel-pending', testInfo)
  })

  await test.step('central comes back: 立即同步 uploads it and central assigns the number', async () => {
    await central.restart()
    await page.keyboard.press('F9') // 立即同步 while the panel is open
    await expect(panel.getByRole('status')).toContainText('已与中心同步')
    await expect(panel).toContainText('没有待上传的操作')
    await expect(statusBar(page, true).bar.getByRole('button', { name: '数据同步：在线', includeHidden: true })).toHaveCount(1)

    const recentTab = panel.getByRole('tab', { name: /^最近已确认/ })
    await panel.getByRole('tab', { name: /^待上传/ }).focus()
    await page.keyboard.press('ArrowRight') // 需处理
    await expect(panel.getByRole('tab', { name: /^需处理/ })).toHaveAttribute('aria-selected', 'true')
    await expect(panel).toContainText('没有被中心退回的操作')
    await page.keyboard.press('ArrowRight') // 最近已确认
    await expect(recentTab).toHaveAttribute('aria-selected', 'true')
    const recent = panel.getByRole('table', { name: '最近已确认的操作' })
    // Once confirmed, the summary names central's number instead of the provisional one.
    const confirmed = recent.getByRole('row').filter({ hasText: '处理违法' })
    await expect(confirmed).toHaveCount(1)
    await expect(confirmed).not.toContainText(provisionalNo)
    // Columns: 业务, 内容, 中心编号, 经办人, 办理时间.
    const definitiveNo = ((await confirmed.getByRole('cell').nth(2).textContent()) ?? '').trim()
    expect(definitiveNo, 'the number central assigned').toMatch(/^\d{12,20}$/)
    await saveScreen(page, 'sync-panel-recent', testInfo)

    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(sync).toHaveAccessibleName('数据同步：在线')
    await expect(bar).toContainText('待上传：0')
    // The record was read again once central's rows arrived: the definitive number, no 临时.
    await expect(row).toContainText(definitiveNo)
    await expect(row).not.toContainText(PROVISIONAL_NO)
    await expect(row).toContainText('已处理未缴款')
    await saveScreen(page, 'sync-status-online-confirmed', testInfo)
  })
})

test('central refuses a record another window processed meanwhile; a supervisor voids the action with a reason', async ({
  page,
  host,
  data,
  central
}, testInfo) => {
  test.setTimeout(240_000)
  const plate = demoExample(host, '有未处理违法记录的车辆（号牌）')
  const record = data.unprocessedOnPlate(plate)
  await openApp(page, host)
  await signIn(page)
  const { bar, sync } = statusBar(page)
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

  await test.step('offline, the clerk processes the record', async () => {
    await central.stop()
    await expect(sync).toHaveAccessibleName('数据同步：离线', { timeout: 20_000 })
    await row.getByRole('button', { name: '处理', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '处理交通违法', exact: true })
    for (const box of await dialog.getByRole('checkbox', { name: '已向驾驶人告知并确认' }).all()) await box.check()
    await dialog.getByRole('button', { name: '确认处理', exact: true }).click()
    await expect(dialog.getByRole('heading', { name: '处理完成' })).toBeVisible()
    await expect(dialog).toContainText(PROVISIONAL_NO)
    await dialog.getByRole('button', { name: '完成' }).click()
    await expect(row).toContainText(PROVISIONAL_NO)
  })

  await test.step('meanwhile another window processes the same record at central', async () => {
    const aside = await central.startAside()
    try {
      const result = await processAtAnotherWindow(aside.url, central.dataDir, record)
      expect(result.status, JSON.stringify(result)).toBe('applied')
    } finally {
      await aside.stop()
    }
  })

  const panel = page.getByRole('dialog', { name: '数据同步', exact: true })
  await test.step('central refuses the desk\'s action: 需处理, for a supervisor', async () => {
    await central.restart()
    await page.keyboard.press('F9')
    await expect(panel).toBeVisible()
    await page.keyboard.press('F9') // 立即同步
    await expect(panel.getByRole('status')).toContainText('已与中心同步')
    const rejectedTab = panel.getByRole('tab', { name: /^需处理/ })
    await expect(rejectedTab).toHaveAccessibleName(/^需处理\s*1$/)
    await rejectedTab.click()
    const card = panel.getByRole('group', { name: new RegExp(`^被退回的操作：.*${record.recordNo}`) })
    await expect(card).toContainText('只能处理一次')
    await expect(card).toContainText('陈晓梅')
    await expect(card).toContainText('待审核民警处理')
    await expect(panel).toContainText('须由审核民警处理')
    await expect(card.getByRole('button', { name: '作废' })).toHaveCount(0)
    await saveScreen(page, 'sync-panel-rejected-clerk', testInfo)

    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    // The desk took its own processing back: the record shows central's, with central's number.
    await expect(row).toContainText('已处理未缴款')
    await expect(row).not.toContainText(PROVISIONAL_NO)
    await expect(bar.getByRole('button', { name: '需处理：1' })).toBeVisible()
  })

  await test.step('a supervisor voids it, and must say why', async () => {
    await expect(bar).toContainText('待上传：0')
    await page.getByRole('banner').getByRole('button', { name: '退出', exact: true }).click()
    await signIn(page, SUPERVISOR)
    await bar.getByRole('button', { name: '需处理：1' }).click()
    await expect(panel.getByRole('tab', { name: /^需处理/ })).toHaveAttribute('aria-selected', 'true')
    const card = panel.getByRole('group', { name: new RegExp(`^被退回的操作：.*${record.recordNo}`) })
    const comment = card.getByRole('textbox', { name: '处理说明' })
    await card.getByRole('button', { name: '作废' }).click()
    await expect(card).toContainText('作废或上报中心须填写处理说明')
    await expect(comment).toBeFocused()
    await saveScreen(page, 'sync-panel-rejected-supervisor', testInfo)

    await comment.fill('当事人已在其他窗口处理，本次作废')
    await card.getByRole('button', { name: '作废' }).click()
    await expect(card).toContainText('已作废（王振华')
    await expect(card).toContainText('当事人已在其他窗口处理，本次作废')
    await expect(card.getByRole('button', { name: '作废' })).toHaveCount(0)
    await expect(panel.getByRole('tab', { name: /^需处理/ })).toHaveAccessibleName(/^需处理\s*0$/)
    await page.keyboard.press('Escape')
    await expect(bar).toContainText('需处理：0')
  })
})
