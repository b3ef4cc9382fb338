/**
 * What every page says about the age of its figures: the site-wide notice (site settings) in
 * three locales, and amounts labelled "2020年标准（已有 N 年）" rather than "2020年起".
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { todayInKaiping } from '../../site/lib/eligibility-ui/results'
import { launch, phone } from './helpers/browser'

const base = inject('baseURL')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
  page = await (await phone(browser)).newPage()
})
afterAll(async () => browser?.close())

const notice = async (path: string) => {
  await page.goto(`${base}${path}`)
  return page.locator('main .site-notice').textContent()
}

describe('the site-wide notice about the 2021 draft plan and its 2020 figures', () => {
  it('shows on pages of every kind, in three locales, with the hotline', async () => {
    for (const path of ['/', '/programmes/dibao/', '/facilities/', '/eligibility/'])
      await expect(notice(path)).resolves.toMatch(/征求意见稿[\s\S]*2020年[\s\S]*12345/)
    await expect(notice('/zh-hant/programmes/')).resolves.toMatch(/徵求意見稿[\s\S]*2020年/)
    await expect(notice('/en/policies/')).resolves.toMatch(/draft for public comment[\s\S]*12345/)
  })
})

describe('amounts are dated figures', () => {
  it('labels the 低保 standard "2020年标准" with its age, never "2020年起"', async () => {
    const age = Number(todayInKaiping().slice(0, 4)) - 2020
    await page.goto(`${base}/programmes/dibao/`)
    const amounts = await page.locator('ul.amounts').textContent()
    expect(amounts).toContain(`（2020年标准，已有 ${age} 年）`)
    expect(amounts).not.toContain('起')
    await page.goto(`${base}/en/programmes/tekun/`)
    const en = await page.locator('ul.amounts').textContent()
    expect(en).toContain(`(Feb 2020 rate, ${age} years old)`)
    expect(en).not.toMatch(/\bfrom\b/)
  })
})
