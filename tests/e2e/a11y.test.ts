import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch } from './helpers/browser'
import { pagesPerTemplate } from './helpers/pages'

const base = inject('baseURL')
const dist = inject('distDir')
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

describe('accessibility (axe, WCAG 2.2 AA) on every page template and locale', () => {
  for (const url of pagesPerTemplate(dist)) {
    it(url, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${base}${url}`)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  }
})

describe('accessibility in 长者模式 (axe, WCAG 2.2 AA and 7:1 text contrast)', () => {
  const eligibility = ['/eligibility/', '/zh-hant/eligibility/', '/en/eligibility/']
  for (const url of [...pagesPerTemplate(dist), ...eligibility]) {
    it(url, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${base}${url}?elder=1`)
      expect(await page.getAttribute('html', 'class')).toContain('elder')
      expect(await axeViolations(page, { aaa: true })).toEqual([])
      await context.close()
    })
  }
})
