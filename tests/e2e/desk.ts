// The screens as a clerk meets them, by accessible name only (the names are listed at the top of
// src/renderer/src/i18n/zh-CN.ts). No CSS classes, no test ids.
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import type { WebHost } from './web-host'

/** Demo accounts, as documented (README / src/main/core/demo.ts) and printed by `serve`. */
export const CLERK = { policeNo: '100001', password: 'demo-clerk-1' } as const
export const SUPERVISOR = { policeNo: '200001', password: 'demo-super-1' } as const

export interface SignInScreen {
  policeNo: Locator
  password: Locator
  submit: Locator
  alert: Locator
}

export function signInScreen(page: Page): SignInScreen {
  return {
    policeNo: page.getByRole('textbox', { name: '警号', exact: true }),
    password: page.getByLabel('密码', { exact: true }),
    submit: page.getByRole('button', { name: '登录', exact: true }),
    alert: page.getByRole('alert')
  }
}

export interface SearchScreen {
  box: Locator
  submit: Locator
  results: Locator
  /** The line that says what kind of key was recognised and how many people were found. */
  summary: Locator
  alert: Locator
}

export function searchScreen(page: Page): SearchScreen {
  const main = page.getByRole('main')
  return {
    box: page.getByRole('searchbox', { name: '综合查询' }),
    submit: page.getByRole('button', { name: '查询', exact: true }),
    results: page.getByRole('table', { name: '查询结果' }),
    summary: main.getByRole('status').filter({ hasText: /共 \d+ 人/ }),
    alert: main.getByRole('alert')
  }
}

export function lockDialog(page: Page): { dialog: Locator; password: Locator; unlock: Locator; signOut: Locator; alert: Locator } {
  const dialog = page.getByRole('dialog', { name: '屏幕已锁定' })
  return {
    dialog,
    password: dialog.getByLabel('密码', { exact: true }),
    unlock: dialog.getByRole('button', { name: '解锁', exact: true }),
    signOut: dialog.getByRole('button', { name: '退出登录', exact: true }),
    alert: dialog.getByRole('alert')
  }
}

/** Opens the address the host printed and waits for the sign-in form. */
export async function openApp(page: Page, host: WebHost): Promise<SignInScreen> {
  await page.goto(host.url)
  const screen = signInScreen(page)
  await expect(screen.policeNo).toBeVisible()
  return screen
}

/** Signs in from the sign-in form and waits for the search screen. */
export async function signIn(page: Page, account: { policeNo: string; password: string } = CLERK): Promise<SearchScreen> {
  const form = signInScreen(page)
  await form.policeNo.fill(account.policeNo)
  await form.password.fill(account.password)
  await form.password.press('Enter')
  const search = searchScreen(page)
  await expect(search.box).toBeVisible()
  return search
}

/**
 * Types a key into 综合查询 (taking the focus with F2 first, as a clerk does) and presses Enter.
 * Waits for main's answer to this query and for the screen to show a summary line or an error;
 * callers then assert the specific content (auto-retrying), never the mere absence of something.
 */
export async function searchFor(page: Page, key: string): Promise<SearchScreen> {
  const search = searchScreen(page)
  await page.keyboard.press('F2')
  await expect(search.box).toBeFocused()
  await search.box.fill(key)
  const answered = page.waitForResponse((r) => r.url().endsWith(`/api/invoke/${encodeURIComponent('search:lookup')}`))
  await search.box.press('Enter')
  await answered
  await expect(search.summary.or(search.alert)).toBeVisible()
  return search
}

/** The window's session key and token as the renderer keeps them (sessionStorage, per tab). */
export async function tabCredentials(page: Page): Promise<{ token: string; tab: string }> {
  const [token, tab] = await page.evaluate<[string | null, string | null]>(
    "[sessionStorage.getItem('counterdesk.token'), sessionStorage.getItem('counterdesk.tab')]"
  )
  if (token === null || tab === null) throw new Error('the page has no token or tab id in sessionStorage')
  return { token, tab }
}
