import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, phone } from './helpers/browser'

const base = inject('baseURL')
let browser: Browser
let context: BrowserContext
let page: Page
const requests: string[] = []

beforeAll(async () => {
  browser = await launch()
  context = await phone(browser)
  page = await context.newPage()
  page.on('request', (r) => requests.push(r.url()))
})
afterAll(async () => browser?.close())

describe('a resident on a phone', () => {
  it('opens the home page: Chinese, a heading, the three entry points and the hotline', async () => {
    requests.length = 0
    const res = await page.goto(`${base}/`)
    expect(res?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    await expect(page.locator('h1').textContent()).resolves.toContain('开平市民政局')
    const entries = page.locator('main .cards a')
    expect(await entries.count()).toBeGreaterThanOrEqual(3)
    await expect(page.locator('footer').textContent()).resolves.toMatch(/服务热线/)
    await expect(page.locator('footer time').getAttribute('datetime')).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    )
    // content pages ship no JavaScript file and no web fonts: only the one small inline script
    // (长者模式 and read-aloud), exactly as in site/inline/page.js so a CSP hash can allow it
    expect(await page.locator('script[src]').count()).toBe(0)
    const inline = await page.locator('script').allTextContents()
    expect(inline).toEqual([readFileSync('site/inline/page.js', 'utf8')])
    expect(requests.filter((u) => /\.(js|mjs|woff2?|ttf|otf)(\?|$)/.test(u))).toEqual([])
  })

  it('reaches the main content with the skip link from the keyboard', async () => {
    await page.goto(`${base}/`)
    await page.keyboard.press('Tab')
    const skip = page.locator('a.skip')
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    expect(page.url()).toMatch(/#main$/)
  })

  it('goes from the care-home comparison to a four-star home and sees what is and is not known', async () => {
    await page.goto(`${base}/facilities/`)
    const table = page.locator('table')
    await expect(table.textContent()).resolves.toContain('4星级')
    await table.locator('tbody tr').filter({ hasText: '4星级' }).first().locator('a').click()
    await page.waitForLoadState()
    expect(page.url()).toMatch(/\/facilities\/[a-z0-9-]+\/$/)
    await expect(page.locator('h1').textContent()).resolves.toContain('开平市福利院')
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('4星级')
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('暂无')
    const crumbs = page.locator('nav.crumbs li')
    await expect(crumbs.allTextContents()).resolves.toEqual([
      '首页',
      '养老服务机构与设施',
      '开平市福利院',
    ])
    await expect(page.locator('.cite').first().textContent()).resolves.toContain('十四五')
  })

  it('switches the same page to Traditional Chinese and English', async () => {
    await page.goto(`${base}/facilities/`)
    await page.locator('.langs a[lang="zh-Hant"]').click()
    expect(page.url()).toMatch(/\/zh-hant\/facilities\/$/)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant')
    await expect(page.locator('h1').textContent()).resolves.toContain('養老')
    await page.locator('.langs a[lang="en"]').click()
    expect(page.url()).toMatch(/\/en\/facilities\/$/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Elder-care/)
  })

  it('gets the site’s own 404 page for a wrong address', async () => {
    const res = await page.goto(`${base}/no-such-page/`)
    expect(res?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到')
  })
})
