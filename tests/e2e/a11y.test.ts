import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch } from './helpers/browser'

const base = inject('baseURL')
const dist = inject('distDir')
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

/** One page per template: each section's list and its first detail page, in each locale. */
function pagesPerTemplate(): string[] {
  const pages = ['/', '/indicators/', '/404.html']
  for (const section of ['programmes', 'facilities', 'policies', 'charity', 'places']) {
    pages.push(`/${section}/`)
    const dir = path.join(dist, section)
    const first = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())
    if (first) pages.push(`/${section}/${first.name}/`)
  }
  return pages.flatMap((p) => (p === '/404.html' ? [p] : [p, `/zh-hant${p}`, `/en${p}`]))
}

describe('accessibility (axe, WCAG 2.1 AA) on every page template and locale', () => {
  for (const url of pagesPerTemplate()) {
    it(url, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${base}${url}`)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  }
})
