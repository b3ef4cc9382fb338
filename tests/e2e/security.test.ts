/**
 * The built site as served: security headers on every response, a CSP whose hashes cover every
 * inline script the build produced (so the questionnaire runs with no CSP violation in
 * Chromium), and no request to another origin from the questionnaire or content pages.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inlineScriptHashes } from '../../scripts/lib/security-headers'
import { launch, phone } from './helpers/browser'

const base = inject('baseURL')
const dist = inject('distDir')
let browser: Browser
let context: BrowserContext
let page: Page
const violations: string[] = []
const requests: string[] = []

beforeAll(async () => {
  browser = await launch()
  context = await phone(browser)
  page = await context.newPage()
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  page.on('request', (r) => requests.push(r.url()))
})
afterAll(async () => browser?.close())

const PAGES = [
  '/',
  '/eligibility/',
  '/programmes/',
  '/policies/',
  '/en/facilities/',
  '/no-such-page/',
]

describe('security headers of the static site', () => {
  it('every page: CSP without unsafe-inline scripts, HSTS, nosniff, no framing, policies', async () => {
    for (const url of PAGES) {
      const h = (await fetch(`${base}${url}`)).headers
      const csp = h.get('content-security-policy') ?? ''
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
      expect(scriptSrc, url).toMatch(/^\s*script-src 'self'/)
      expect(scriptSrc, url).not.toContain('unsafe-inline')
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(csp, url).toContain("default-src 'self'")
      expect(h.get('strict-transport-security'), url).toMatch(/max-age=31536000/)
      expect(h.get('x-content-type-options'), url).toBe('nosniff')
      expect(h.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
      expect(h.get('permissions-policy'), url).toContain('geolocation=()')
    }
  })

  it('the CSP lists the hash of every inline script in the built pages', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? ''
    for (const url of PAGES.slice(0, 5)) {
      const file = path.join(dist, url, 'index.html')
      for (const hash of inlineScriptHashes(readFileSync(file, 'utf8')))
        expect(csp, `${url} ${hash}`).toContain(hash)
    }
  })

  it('the build wrote the same headers to dist/_headers for other static hosts', () => {
    const text = readFileSync(path.join(dist, '_headers'), 'utf8')
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/)
  })
})

describe('in Chromium', () => {
  it('the questionnaire runs under the CSP: no violation, first answer moves on', async () => {
    violations.length = 0
    await page.goto(`${base}/eligibility/`)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('.elig-question').textContent()).resolves.toBe('您的户口在哪里？')
    await page.locator('#elig-residence-kaiping-hukou').check()
    await page.locator('button.elig-button[type="submit"]').click()
    await expect(page.locator('.elig-question').textContent()).resolves.toBe('您家一共有几口人？')
    expect(violations).toEqual([])
  })

  it('the questionnaire and content pages request nothing from another origin', async () => {
    requests.length = 0
    for (const url of PAGES.slice(0, 5)) {
      await page.goto(`${base}${url}`)
      await page.waitForLoadState('networkidle')
    }
    const origin = new URL(base).origin
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)
    expect(foreign).toEqual([])
    expect(violations).toEqual([])
  })
})
