/**
 * The care-home finder and comparison on today's seed, where most facts are unknown (暂无):
 * filtering with and without JavaScript, a shared comparison link, axe in the three locales.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch, phone } from './helpers/browser'
import {
  compareTable,
  countText,
  noHorizontalScroll,
  visibleCards,
  visibleSlugs,
} from './helpers/facilities'

const base = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

describe('care-home finder on the seed', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`filters by stars, says how many, and names the filter to drop (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${base}/facilities/`)
      const total = await visibleCards(page).count()
      expect(total).toBeGreaterThanOrEqual(10)
      // the seed holds the plan's five star-rated homes: 1 with four stars, 2 with three
      await page.selectOption('#f-stars', '3')
      expect(await visibleSlugs(page)).toEqual(
        expect.arrayContaining([
          'kaiping-fuliyuan',
          'donghua-yiyangyuan',
          'sanbu-meixian-yanglaoyuan',
        ]),
      )
      expect(await visibleCards(page).count()).toBe(3)
      expect(await countText(page)).toBe('符合条件的共 3 家')
      if (javaScriptEnabled) expect(new URL(page.url()).searchParams.get('stars')).toBe('3')
      // no home in the seed has vacancies published: a clear "no match" that names the filter
      await page.selectOption('#f-vacancy', 'yes')
      expect(await visibleCards(page).count()).toBe(0)
      await expect.poll(() => page.locator('.no-match').isVisible()).toBe(true)
      const drops = await page.locator('.no-match li:visible').allTextContents()
      expect(drops).toContain('“空余床位”改回“全部”')
      // with JavaScript, only the filter whose removal brings homes back is named
      if (javaScriptEnabled) expect(drops).toEqual(['“空余床位”改回“全部”'])
      else expect(drops).toContain('“省星级”改回“全部”')
      await page.getByRole('button', { name: '清除全部筛选' }).click()
      await expect.poll(() => visibleCards(page).count()).toBe(total)
      await context.close()
    })
  }

  it('a filtered address reopens with the same filter (JavaScript on)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/en/facilities/?kind=care-home&stars=1`)
    expect(await page.locator('#f-kind').inputValue()).toBe('care-home')
    const slugs = await visibleSlugs(page)
    expect(slugs).toHaveLength(5)
    expect(await countText(page)).toBe('5 matching')
    await context.close()
  })

  it('every card shows 暂无 for what is not published, never a blank', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/facilities/`)
    const empty = await page
      .locator('.fcard dd')
      .evaluateAll((dds) => dds.filter((d) => !d.textContent?.trim()).length)
    expect(empty).toBe(0)
    expect(await page.locator('.fcard .missing').count()).toBeGreaterThan(10)
    await context.close()
  })
})

describe('comparison on the seed', () => {
  it('a shared link opens the same comparison on a phone, with unknowns as 暂无', async () => {
    const context = await phone(browser)
    const page = await context.newPage()
    const url = `${base}/facilities/compare/?ids=kaiping-fuliyuan,jinji-yiyangyuan`
    await page.goto(url)
    const table = await compareTable(page)
    expect(table.heads).toEqual(['开平市福利院', '开平市金鸡镇颐养院'])
    const stars = table.rows.find((r) => r.label === '省星级')!
    expect(stars).toEqual({ label: '省星级', differs: true, cells: ['4星级', '1星级'] })
    const beds = table.rows.find((r) => r.label === '床位')!
    expect(beds).toEqual({ label: '床位', differs: false, cells: ['暂无', '暂无'] })
    expect(await noHorizontalScroll(page)).toBe(true)
    await page.getByRole('link', { name: '开平市福利院' }).click()
    await page.waitForURL(/\/facilities\/kaiping-fuliyuan\/$/)
    await context.close()
  })
})

describe('axe in 长者模式 (WCAG 2.2 AA and 7:1 text contrast) on the finder and the comparison', () => {
  for (const prefix of ['', '/zh-hant', '/en']) {
    for (const path of [
      '/facilities/?stars=3&elder=1',
      '/facilities/compare/?ids=kaiping-fuliyuan,jinji-yiyangyuan&elder=1',
    ]) {
      it(`${prefix}${path}`, async () => {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${base}${prefix}${path}`)
        expect(await page.getAttribute('html', 'class')).toContain('elder')
        expect(await axeViolations(page, { aaa: true })).toEqual([])
        await context.close()
      })
    }
  }
})

describe('axe (WCAG 2.2 AA) on the finder and the comparison', () => {
  for (const prefix of ['', '/zh-hant', '/en']) {
    for (const path of [
      '/facilities/',
      '/facilities/?stars=5',
      '/facilities/compare/?ids=kaiping-fuliyuan,donghua-yiyangyuan,yihe-shitang',
      '/facilities/compare/',
      '/facilities/kaiping-fuliyuan/',
    ]) {
      it(`${prefix}${path}`, async () => {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${base}${prefix}${path}`)
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      })
    }
  }
})
