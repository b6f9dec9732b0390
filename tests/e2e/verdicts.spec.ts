// 人员详情 → 交通违法记录: every record carries two verdicts, "12123 自助处理" and "窗口处理". The
// clerk opens the refused one from the keyboard and reads the rule and its source; the status bar
// names the policy profile the verdicts follow.
import { expect, test } from './fixtures'
import { openApp, searchFor, signIn } from './desk'
import { saveScreen } from './screens'

/** "2026-11-01T08:15:00.000+08:00" → "2026-11-01 08:15", as the table shows it. */
const shown = (zoned: string): string => `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}`

test('each violation shows both verdicts; a refusal opens with its reason and source', async ({ page, host, data }, testInfo) => {
  const pick = data.pointsRefusal()
  const total = pick.cyclePoints + pick.points
  await openApp(page, host)
  await signIn(page)
  await expect(page.getByRole('contentinfo')).toContainText('适用规则：全国通用规则')

  const search = await searchFor(page, pick.idNumber)
  await search.results.getByRole('row').filter({ hasText: pick.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: pick.name, exact: true })).toBeVisible()

  const table = page.getByRole('main').getByRole('table', { name: '交通违法记录', exact: true })
  const records = table.getByRole('row').filter({ has: page.getByRole('button', { name: /^窗口处理：/ }) })
  const count = await records.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const row = records.nth(i)
    await expect(row.getByRole('button', { name: /^12123 自助处理：(可办理|需确认|不可办理|无法判断)$/ })).toHaveCount(1)
    await expect(row.getByRole('button', { name: /^窗口处理：(可办理|需确认|不可办理|无法判断)$/ })).toHaveCount(1)
  }

  const row = records.filter({ hasText: shown(pick.occurredAt) }).filter({ hasText: pick.behaviour })
  await expect(row).toHaveCount(1)
  const online = row.getByRole('button', { name: '12123 自助处理：不可办理', exact: true })
  await expect(online).toHaveAttribute('aria-expanded', 'false')

  // Keyboard only: focus the chip and press Enter.
  await online.focus()
  await page.keyboard.press('Enter')
  await expect(online).toHaveAttribute('aria-expanded', 'true')
  const details = page.getByRole('region', { name: `12123 自助处理判断依据：违法记录${pick.recordNo}`, exact: true })
  await expect(details).toBeVisible()
  await expect(details).toContainText(`本次记${pick.points}分，当前已记${pick.cyclePoints}分，累计将达${total}分`)
  await expect(details).toContainText('依据：来源文章000 §07，提示1；来源文章001 §四.3')
  await expect(details).toContainText('POINTS_WOULD_REACH_12')
  await saveScreen(page, 'person-verdicts', testInfo)

  // The window may process it, but the driver must be told and must confirm first.
  const window = row.getByRole('button', { name: '窗口处理：需确认', exact: true })
  await window.focus()
  await page.keyboard.press('Space')
  const windowDetails = page.getByRole('region', { name: `窗口处理判断依据：违法记录${pick.recordNo}`, exact: true })
  await expect(windowDetails).toContainText('需告知并确认')
  await expect(windowDetails).toContainText(`累计将达${total}分`)
  await expect(details).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(windowDetails).toHaveCount(0)
  await expect(window).toHaveAttribute('aria-expanded', 'false')

  // Hovering a chip answers "why?" without opening anything, and describes the chip.
  await online.hover()
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText(`累计将达${total}分`)
  await expect(online).toHaveAttribute('aria-describedby', /.+/)
})
