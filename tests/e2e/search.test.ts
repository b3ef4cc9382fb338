/** Site search on the static engine, in real Chromium, in all three locales. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch } from './helpers/browser'

const base = inject('baseURL')
let browser: Browser
let page: Page
const requests: string[] = []

beforeAll(async () => {
  browser = await launch()
  page = await (await browser.newContext()).newPage()
  page.on('request', (r) => requests.push(r.url()))
})
afterAll(async () => browser?.close())

/** Search in `prefix` ('' | '/zh-hant' | '/en') and wait until the count is announced. */
async function search(prefix: string, q: string, extra = '') {
  await page.goto(`${base}${prefix}/search/?q=${encodeURIComponent(q)}${extra}`)
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? ''
    return s !== '' && !/正在搜|Searching/.test(s)
  })
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    titles: await page.locator('#search-results h2').allTextContents(),
  }
}

describe('search finds what residents type', () => {
  it('Simplified finds Traditional pages and the reverse', async () => {
    const hant = await search('/zh-hant', '养老机构')
    expect(hant.titles.some((t) => t.includes('養老機構'))).toBe(true)
    const cn = await search('', '養老機構')
    expect(cn.titles.some((t) => t.includes('养老机构'))).toBe(true)
    expect(cn.status).toMatch(/找到 \d+ 条结果/)
  })

  it('pinyin with or without spaces and tones, and initials, find titles', async () => {
    for (const q of ['dibao', 'dī bǎo', 'DI BAO']) {
      const r = await search('', q)
      expect(r.titles[0], q).toContain('低保')
    }
    const initials = await search('', 'tkry')
    expect(initials.titles.some((t) => t.includes('特困人员'))).toBe(true)
  })

  it('a place by its Jyutping and by its English name, also on the English site', async () => {
    expect((await search('', 'cek3 ham2')).titles[0]).toBe('赤坎镇')
    // place pages carry the standard (simplified) name in both Chinese locales
    expect((await search('/zh-hant', 'Chikan')).titles[0]).toBe('赤坎镇')
    expect((await search('/en', 'cekham')).titles[0]).toBe('Chikan Town')
  })

  it('a colloquial word reaches the official name through the synonym list', async () => {
    // neither word of the pair is on the page: only the CMS synonym list connects them
    const r = await search('', '孤儿补助')
    expect(r.titles[0]).toContain('孤儿')
    const hant = await search('/zh-hant', '喪葬')
    expect(hant.titles.some((t) => t.includes('殯葬'))).toBe(true)
  })

  it('a wrong character with the same pinyin still finds the page; a pinyin typo gets "did you mean"', async () => {
    const r = await search('', '养老机购')
    expect(r.titles.some((t) => t.includes('养老机构'))).toBe(true)
    expect(r.status).toContain('拼音')
    const typo = await search('', 'tekunn')
    expect(typo.status).toContain('您是不是要找')
    await page.locator('#search-status a').click()
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0)
    expect(await page.locator('#search-results h2').first().textContent()).toContain('特困')
  })

  it('no results is not a dead end: questionnaire, common programmes, sections, hotline', async () => {
    const r = await search('', 'qqzzxx')
    expect(r.status).toContain('没有找到')
    const zero = page.locator('#search-zero')
    await expect(zero.isVisible()).resolves.toBe(true)
    await expect(zero.locator('a[href="/eligibility/"]').count()).resolves.toBe(1)
    await expect(zero.locator('a[href^="/programmes/"]').count()).resolves.toBeGreaterThan(2)
    await expect(zero.locator('a[href^="tel:"]').count()).resolves.toBe(1)
  })

  it('the plan full text is indexed by section: a hit links to its heading', async () => {
    await search('', '社会组织党建')
    const href = await page.locator('#search-results a[href*="#sec-"]').first().getAttribute('href')
    expect(href).toMatch(/^\/policies\/kaiping-14th-plan\/#sec-\d+$/)
    await page.goto(`${base}${href}`)
    await expect(page.locator(`[id="${href!.split('#')[1]}"]`).count()).resolves.toBe(1)
  })

  it('an English query on the Chinese site offers the English results', async () => {
    await search('', 'elder care')
    await expect(page.locator('#search-other a').getAttribute('href')).resolves.toMatch(
      /^\/en\/search\/\?q=elder/,
    )
  })
})

describe('the search page', () => {
  it('filters by type and by 镇街 with counts, kept in the URL', async () => {
    await search('', '养老')
    const facility = page.locator('#search-filters input[name="type"][value="facility"]')
    const label = await page
      .locator('#search-filters label')
      .filter({ has: page.locator('input[value="facility"]') })
      .textContent()
    const n = Number(/\((\d+)\)/.exec(label ?? '')?.[1])
    expect(n).toBeGreaterThan(0)
    await facility.focus()
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.search.includes('type=facility'))
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results li').length === Math.min(n, 10),
      n,
    )
    // the keyboard user stays on the box they toggled
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'facility',
    )
    const town = page.locator('#search-filters input[name="town"]').first()
    const slug = await town.getAttribute('value')
    await town.check()
    await page.waitForFunction((s) => location.search.includes(`town=${s}`), slug)
    const r = await search('', '养老', `&type=facility&town=${slug}`)
    expect(r.titles.length).toBeGreaterThan(0)
    for (const meta of await page.locator('#search-results .meta').allTextContents())
      expect(meta).toMatch(/^养老机构 · /)
  })

  it('shows a direct answer with the amount and year, highlights, pages and passes axe', async () => {
    const r = await search('', '低保')
    const card = page.locator('.answer-card')
    await expect(card.textContent()).resolves.toMatch(/\d{4}年/)
    await expect(card.locator('a[href="/eligibility/"]').count()).resolves.toBe(1)
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toBe('低保')
    expect(r.status).toMatch(/找到 (\d+) 条结果/)
    const total = Number(/(\d+)/.exec(r.status)![1])
    if (total > 10) {
      await page.locator('#search-more').click()
      await page.waitForFunction(() => location.search.includes('page=2'))
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10)
    }
    expect(await axeViolations(page)).toEqual([])
  })

  it('the header box on a content page searches; the empty search page loads no index', async () => {
    requests.length = 0
    await page.goto(`${base}/en/programmes/`)
    await page.fill('#site-q', 'dibao')
    await page.press('#site-q', 'Enter')
    await page.waitForURL(/\/en\/search\/\?q=dibao/)
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0)
    expect(await page.locator('#search-results h2').first().textContent()).toMatch(/Dibao/)
    requests.length = 0
    await page.goto(`${base}/search/`)
    await page.waitForLoadState('networkidle')
    expect(requests.filter((u) => u.includes('/search/zh-CN/'))).toEqual([])
    expect(await axeViolations(page)).toEqual([])
  })

  it('without JavaScript says so and offers the section lists', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false })
    const p = await ctx.newPage()
    await p.goto(`${base}/zh-hant/search/?q=x`)
    await expect(p.locator('noscript').count()).resolves.toBe(1)
    await expect(
      p.locator('#search-zero a[href="/zh-hant/programmes/"]').isVisible(),
    ).resolves.toBe(true)
    await ctx.close()
  })
})
