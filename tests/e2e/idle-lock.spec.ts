// 屏幕已锁定: a counter screen left alone must hide citizens' data. Here time itself is the subject,
// so the test does wait (for the lock to come on its own), but on the dialog, not a fixed sleep.
import { expect, test } from './fixtures'
import { CLERK, lockDialog, openApp, searchFor, searchScreen, signIn, tabCredentials } from './desk'
import { saveScreen } from './screens'

const IDLE_SECONDS = 5

test.use({ hostOptions: { idleLockSeconds: IDLE_SECONDS } })

test('locks an idle screen, refuses a wrong password, and unlocks back to the same screen', async ({ page, host, data }, testInfo) => {
  const person = data.personWithLicenseVehicleAndPhone()
  await openApp(page, host)
  await signIn(page)
  // The search's keys (F2, typing, Enter) are the last input; the lock may not come before
  // IDLE_SECONDS after them, so the clock starts before the first of them.
  const inputFrom = Date.now()
  const search = await searchFor(page, person.idNumber)
  const row = search.results.getByRole('row').filter({ hasText: person.name })
  await expect(row).toHaveCount(1)

  // No input from now on: wait for the lock to come by itself (checked every second by the page).
  const lock = lockDialog(page)
  await expect(lock.dialog).toBeVisible({ timeout: 15_000 })
  const lockedAfterMs = Date.now() - inputFrom
  expect(lockedAfterMs, 'the lock must not come before the idle time').toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 250)

  await expect(lock.dialog).toContainText(CLERK.policeNo)
  await expect(lock.password).toBeFocused()
  await saveScreen(page, 'lock-screen', testInfo)

  // The search screen is out of reach: hidden from the page, keys do not reach it…
  await expect(search.box).toHaveCount(0)
  await expect(search.results).toHaveCount(0)
  await page.keyboard.press('F2')
  await expect(lock.password).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(lock.dialog).toBeVisible()
  // …and main refuses it too: the lock is enforced there, not only drawn over the page.
  const { token, tab } = await tabCredentials(page)
  const refused = await page.request.post(`${host.origin}/api/invoke/search:lookup`, {
    headers: { Authorization: `Bearer ${token}`, 'X-Counterdesk-Tab': tab, 'Content-Type': 'application/json' },
    data: { query: person.idNumber }
  })
  expect(refused.status()).toBe(401)
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } })

  await lock.password.fill('not-the-password')
  await lock.password.press('Enter')
  await expect(lock.alert).toContainText('密码不正确')
  await expect(lock.dialog).toBeVisible()
  await expect(lock.password).toHaveValue('')
  await expect(lock.password).toBeFocused()

  await lock.password.fill(CLERK.password)
  await lock.password.press('Enter')
  await expect(lock.dialog).toHaveCount(0)
  // The previous screen is back as it was: the query and its result row.
  const again = searchScreen(page)
  await expect(again.box).toHaveValue(person.idNumber)
  await expect(again.results.getByRole('row').filter({ hasText: person.name })).toHaveCount(1)
})

test('Ctrl+L locks at once, and reloading the page does not get past the lock', async ({ page, host }) => {
  await openApp(page, host)
  const search = await signIn(page)
  await page.keyboard.press('Control+l')
  const lock = lockDialog(page)
  await expect(lock.dialog).toBeVisible()
  await expect(search.box).toHaveCount(0)

  // F5 on a locked desk: main still holds the lock, so the page comes back locked.
  await page.reload()
  await expect(lock.dialog).toBeVisible()
  await expect(searchScreen(page).box).toHaveCount(0)
  await lock.password.fill(CLERK.password)
  await lock.password.press('Enter')
  await expect(lock.dialog).toHaveCount(0)
  await expect(searchScreen(page).box).toBeVisible()
})
