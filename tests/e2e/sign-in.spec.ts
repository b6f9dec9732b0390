// 登录: what a clerk sees first each morning, and what happens when the password is wrong.
import { expect, test } from './fixtures'
import { CLERK, openApp, searchScreen, signIn, signInScreen } from './desk'
import { saveScreen } from './screens'

/** HH:MM at the workstation (Asia/Shanghai), as the lockout message names it. */
function shanghaiClock(ms: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).format(new Date(ms))
}

test.describe('sign-in', () => {
  test('shows the product and signs a clerk in with the keyboard only', async ({ page, host, data }, testInfo) => {
    const operator = data.operator(CLERK.policeNo)
    const form = await openApp(page, host)

    await expect(page).toHaveTitle(/交管窗口业务终端/)
    await expect(page.getByText('交管窗口业务终端', { exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible()
    // The one-time token must not stay in the address bar (history, screenshots).
    await expect(page).not.toHaveURL(/token=/)
    // Focus is already in 警号: the clerk just starts typing.
    await expect(form.policeNo).toBeFocused()
    await saveScreen(page, 'sign-in', testInfo)

    await page.keyboard.type(CLERK.policeNo)
    await page.keyboard.press('Tab')
    await expect(form.password).toBeFocused()
    await page.keyboard.type(CLERK.password)
    await page.keyboard.press('Enter')

    const search = searchScreen(page)
    await expect(search.box).toBeVisible()
    await expect(search.box).toBeFocused()
    const banner = page.getByRole('banner')
    await expect(banner.getByRole('group', { name: '当前操作员' })).toContainText(operator.name)
    await expect(banner).toContainText(`警号 ${CLERK.policeNo}`)
    await expect(banner).toContainText('窗口民警')
    await expect(form.policeNo).toHaveCount(0)
  })

  test('refuses a wrong password in Chinese and stays on sign-in', async ({ page, host }, testInfo) => {
    const form = await openApp(page, host)
    await form.policeNo.fill(CLERK.policeNo)
    await form.password.fill('not-the-password')
    await form.password.press('Enter')

    await expect(form.alert).toContainText('警号或密码不正确')
    await expect(form.alert).toContainText('再错 4 次')
    // Still the sign-in form; the password is cleared for retyping, 警号 is kept.
    await expect(form.submit).toBeVisible()
    await expect(searchScreen(page).box).toHaveCount(0)
    await expect(form.password).toHaveValue('')
    await expect(form.password).toBeFocused()
    await expect(form.policeNo).toHaveValue(CLERK.policeNo)
    await saveScreen(page, 'sign-in-error', testInfo)
  })

  test('locks the account for 15 minutes after 5 wrong passwords, then refuses the right one', async ({ page, host }) => {
    const form = await openApp(page, host)
    await form.policeNo.fill(CLERK.policeNo)

    for (let attempt = 1; attempt <= 4; attempt++) {
      await form.password.fill(`wrong-${attempt}`)
      await form.password.press('Enter')
      await expect(form.alert).toContainText(`再错 ${5 - attempt} 次`)
      await expect(form.alert).toContainText('15 分钟')
    }

    const before = Date.now()
    await form.password.fill('wrong-5')
    await form.password.press('Enter')
    await expect(form.alert).toContainText('账户已锁定')
    const after = Date.now()
    // "账户已锁定15分钟（至 HH:MM）": the duration, and the end 15 minutes from now at the workstation's time.
    const text = (await form.alert.textContent()) ?? ''
    expect(text).toContain('锁定15分钟')
    const until = /至\s*(\d{2}:\d{2})/.exec(text)?.[1]
    const fifteen = 15 * 60_000
    expect([shanghaiClock(before + fifteen), shanghaiClock(after + fifteen)], `lock time in "${text}"`).toContain(until)
    expect(text).toContain('连续5次密码错误')

    // The right password does not help while the account is locked.
    await form.password.fill(CLERK.password)
    await form.password.press('Enter')
    await expect(form.password).toHaveValue('')
    await expect(form.alert).toContainText('账户已锁定')
    await expect(form.submit).toBeVisible()
    await expect(searchScreen(page).box).toHaveCount(0)
  })

  test('signing out returns to sign-in and ends the session', async ({ page, host }) => {
    await openApp(page, host)
    await signIn(page)

    await page.getByRole('banner').getByRole('button', { name: '退出', exact: true }).click()
    const form = signInScreen(page)
    await expect(form.policeNo).toBeVisible()
    await expect(page.getByText('已退出登录。')).toBeVisible()
    await expect(searchScreen(page).box).toHaveCount(0)

    // Main ended the session too: a reload does not bring the signed-in screen back.
    await page.reload()
    await expect(form.policeNo).toBeVisible()
    await expect(form.policeNo).toBeFocused()
    await expect(searchScreen(page).box).toHaveCount(0)
  })
})
