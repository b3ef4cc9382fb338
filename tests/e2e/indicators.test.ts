/**
 * /indicators/: the plan's 16 indicators as SVG charts with text alternatives, words kept as
 * words, a table beside each chart, a citation under each, and the whole table as CSV.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch } from './helpers/browser'

const base = inject('baseURL')
let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
  page = await (await browser.newContext({ acceptDownloads: true })).newPage()
})
afterAll(async () => browser?.close())

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  const end = () => {
    rows.at(-1)!.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (quoted) cell += c
    else if (c === ',') end()
    else if (c === '\r' && text[i + 1] === '\n') {
      end()
      rows.push([])
      i++
    } else cell += c
  }
  if (rows.at(-1)!.length === 0) rows.pop()
  return rows
}

describe('plan indicators as charts', () => {
  it('draws every figure of the plan, with a title and description a screen reader reads', async () => {
    await page.goto(`${base}/indicators/`)
    expect(await page.locator('main h2[id^="h-row-"]').count()).toBe(16)
    const charts = page.locator('svg.ind-chart')
    expect(await charts.count()).toBeGreaterThanOrEqual(10)
    for (const svg of await charts.all()) {
      expect(await svg.getAttribute('role')).toBe('img')
      const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ')
      const title = await page.locator(`#${titleId}`).textContent()
      const desc = await page.locator(`#${descId}`).textContent()
      expect(title).toMatch(/2020年实际值与目标值/)
      for (const series of [
        '2020年实际值',
        '2023年目标值',
        '2025年目标值',
        '2025年江门市目标值',
        '2025年省目标值',
      ])
        expect(desc).toContain(series)
    }
    // the accessible name as Chromium computes it
    const snapshot = await page.locator('#row-06-nursing-bed-share svg').ariaSnapshot()
    expect(snapshot).toContain('img "养老机构护理型床位占比：2020年实际值与目标值')
  })

  it('draws figures as bars and keeps words as words', async () => {
    await page.goto(`${base}/indicators/`)
    const beds = page.locator('#row-06-nursing-bed-share svg')
    expect(await beds.locator('rect.bar').count()).toBe(5)
    await expect(beds.textContent()).resolves.toContain('≥55%')
    // 2020: 7.86 is a bar; the 2023 and 2025 targets are sentences, printed, not drawn
    const orphans = page.locator('#row-09-orphan-standard-growth-institutional svg')
    expect(await orphans.locator('rect.bar').count()).toBe(1)
    await expect(orphans.locator('text.words').allTextContents()).resolves.toContain(
      '不低于上年度当地居民消费价格指数',
    )
    // a row given only in words has no chart, says so, and still lists its values
    const dibao = page.locator('#row-01-dibao-standard-growth')
    expect(await dibao.locator('svg').count()).toBe(0)
    await expect(dibao.locator('.ind-words').isVisible()).resolves.toBe(true)
    await expect(dibao.locator('table.ind-values').textContent()).resolves.toContain(
      '不低于居民上年度人均消费支出增速',
    )
  })

  it('puts a table beside each chart and cites the plan under each figure', async () => {
    await page.goto(`${base}/indicators/`)
    const figures = page.locator('figure.ind-figure')
    const n = await figures.count()
    expect(n).toBeGreaterThanOrEqual(16)
    expect(await page.locator('figure.ind-figure table.ind-values').count()).toBe(n)
    expect(await page.locator('figure.ind-figure .cite').count()).toBe(n)
    await expect(figures.first().locator('.cite').textContent()).resolves.toContain('十四五')
    const rows = page.locator('#row-16-welfare-lottery-outlets table.ind-values tr')
    await expect(rows.allInnerTexts()).resolves.toEqual([
      '2020年实际值\t75个',
      '2023年目标值\t83个',
      '2025年目标值\t92个',
      '2025年江门市目标值\t450个',
      '2025年省目标值\t11500个',
    ])
  })

  it('downloads the whole table as CSV, opening in Excel (BOM), one line per row', async () => {
    await page.goto(`${base}/indicators/`)
    const tableRows = await page.locator('#table ~ .table-wrap tbody tr').count()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a.download').click(),
    ])
    expect(download.suggestedFilename()).toBe('indicators.csv')
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8').slice(1))
    expect(rows[0].slice(0, 5)).toEqual(['序号', '类别', '指标', '单位', '2020年实际值'])
    expect(rows.length - 1).toBe(tableRows)
    const beds = rows.find((r) => r[2] === '养老机构护理型床位占比')!
    expect(beds.slice(3, 9)).toEqual(['%', '47', '≥50', '≥55', '≥55', '≥55'])
    expect(beds.at(-1)).toContain('养老机构护理型床位占比 % 47')
    expect(new Set(rows.map((r) => r.length)).size).toBe(1)
  })

  it('has the CSV in English on the English page', async () => {
    const res = await page.request.get(`${base}/en/indicators/indicators.csv`)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toMatch(/^text\/csv/)
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''))
    expect(rows[0].slice(0, 3)).toEqual(['Row', 'Area', 'Indicator'])
    expect(rows.find((r) => r[0] === '16')?.[2]).toBe('Number of welfare lottery sales outlets')
  })
})
