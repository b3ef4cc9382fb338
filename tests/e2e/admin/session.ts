/**
 * The admin of a running `npm start` (tests/e2e/start.test.ts) in Chromium: the stack's
 * addresses, and a staff member signed in through the real login form.
 */
import type { Browser, Page } from 'playwright-core'

/** Filled in by start.test.ts once `npm start` is ready. */
export type Stack = { site: string; admin: string; work: string; email: string; password: string }

/** Signs in through /admin/login, in the editor's language (Accept-Language). */
export async function signIn(browser: Browser, stack: Stack, locale = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${stack.admin}/admin/login`)
  await page.fill('#field-email', stack.email)
  await page.fill('#field-password', stack.password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

/** What `check` returns once it returns something, polled for up to `ms`. */
export async function waitFor<T>(check: () => T | undefined, ms = 30_000): Promise<T> {
  const t0 = Date.now()
  for (;;) {
    const value = check()
    if (value !== undefined) return value
    if (Date.now() - t0 > ms) throw new Error(`nothing after ${ms / 1000} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
