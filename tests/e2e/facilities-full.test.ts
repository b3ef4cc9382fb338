/**
 * The finder and comparison when every field is filled: a separate site built from the export
 * with 60 generated facilities (tests/e2e/fixtures/full-facilities.ts), never the public dist.
 * E2E_FIXTURE_SITE_DIR=<dist> reuses such a build for quick reruns.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startStaticServer } from '../../scripts/lib/static-server'
import { buildSite } from '../../scripts/lib/steps'
import { facetValues, matches, type FilterState } from '../../site/lib/facility-finder'
import type { Facility } from '../../site/lib/types'
import { FIXTURE_SIZE, writeFixtureExport } from './fixtures/full-facilities'
import { axeViolations, launch, phone } from './helpers/browser'
import {
  compareTable,
  countText,
  noHorizontalScroll,
  visibleCards,
  visibleSlugs,
} from './helpers/facilities'

let browser: Browser
let server: Server
let base = ''
let homes: Facility[] = []
let work: string | undefined

beforeAll(async () => {
  const siteData = inject('siteDataDir')
  if (!siteData)
    throw new Error('set E2E_SITE_DATA_DIR with E2E_SITE_DIR (the export it was built from)')
  work = mkdtempSync(path.join(tmpdir(), 'kaiping-e2e-full-'))
  homes = writeFixtureExport(siteData, path.join(work, 'site-data'))
  let dist = process.env.E2E_FIXTURE_SITE_DIR
  if (!dist) {
    dist = path.join(work, 'dist')
    console.log(`[e2e] building the ${FIXTURE_SIZE}-home fixture site in ${work} …`)
    await buildSite({ SITE_DATA_DIR: path.join(work, 'site-data') }, dist)
  }
  const root = dist
  server = await startStaticServer(() => root, 0)
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

const expected = (state: FilterState) =>
  homes.filter((h) => matches(facetValues(h), state)).map((h) => h.slug)

describe(`finder with ${FIXTURE_SIZE} fully filled facilities`, () => {
  it('shows every facility with every card fact known (no 暂无)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/facilities/`)
    expect(await visibleCards(page).count()).toBe(FIXTURE_SIZE)
    expect(await countText(page)).toBe(`符合条件的共 ${FIXTURE_SIZE} 家`)
    expect(await page.locator('.fcard .missing').count()).toBe(0)
    expect(await page.locator('.fcard .asof').first().textContent()).toMatch(
      /数据截至：2026年6月\d+日/,
    )
    await context.close()
  })

  for (const javaScriptEnabled of [false, true]) {
    it(`combines filters (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${base}/facilities/`)
      const town = homes[1].town!
      const state: FilterState = { town: town.slug, stars: '2', medical: 'yes' }
      await page.selectOption('#f-town', town.slug)
      await page.selectOption('#f-stars', '2')
      await page.selectOption('#f-medical', 'yes')
      const want = expected(state)
      expect(want.length).toBeGreaterThan(0)
      expect(want.length).toBeLessThan(FIXTURE_SIZE / 4)
      expect((await visibleSlugs(page)).sort()).toEqual(want.sort())
      for (const text of await visibleCards(page).allTextContents())
        expect(text).toContain(town.name?.['zh-CN'])
      expect(await countText(page)).toBe(`符合条件的共 ${want.length} 家`)
      // a fee band and vacancies narrow further
      await page.selectOption('#f-fee', '4000-5999')
      await page.selectOption('#f-vacancy', 'yes')
      const narrower = expected({ ...state, fee: '4000-5999', vacancy: 'yes' })
      expect(narrower.length).toBeGreaterThan(0)
      expect(narrower.length).toBeLessThan(want.length)
      expect((await visibleSlugs(page)).sort()).toEqual(narrower.sort())
      if (javaScriptEnabled) {
        const url = page.url()
        expect(new URL(url).searchParams.get('fee')).toBe('4000-5999')
        const again = await context.newPage()
        await again.goto(url)
        expect((await visibleSlugs(again)).sort()).toEqual(narrower.sort())
      }
      await context.close()
    })
  }
})

describe(`comparison on the ${FIXTURE_SIZE}-home fixture`, () => {
  it('ticks three, refuses a fourth, compares them; the shared link reopens it on a phone', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/facilities/`)
    const picked = homes.filter((h) => h.kind === 'care-home').slice(0, 4)
    for (const h of picked)
      await page
        .locator(`#fc-${h.slug} input[name=ids]`)
        .check({ force: true })
        .catch(() => {})
    // the first three stay ticked (sent in the list's order)
    const ticked = await page
      .locator('input[name=ids]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect([...ticked].sort()).toEqual(picked.slice(0, 3).map((h) => h.slug))
    expect(await page.locator('.compare-msg').textContent()).toBe('最多可比较3家，请先取消一家。')
    await page.getByRole('button', { name: '比较所选机构（最多3家）' }).click()
    await page.waitForURL(/\/facilities\/compare\/\?ids=/)
    expect(new URL(page.url()).searchParams.get('ids')).toBe(ticked.join(','))
    const table = await compareTable(page)
    const name = (slug: string) => homes.find((h) => h.slug === slug)?.name
    expect(table.heads).toEqual(ticked.map((slug) => name(slug)?.['zh-CN']))
    for (const row of table.rows) {
      expect(row.cells).toHaveLength(3)
      // 医养结合 is a checkbox in the CMS: "no" cannot be told from "unknown" and reads 暂无
      if (row.label !== '医养结合') expect(row.cells, row.label ?? '').not.toContain('暂无')
      expect(row.differs, row.label ?? '').toBe(new Set(row.cells).size > 1)
    }
    expect(table.rows.find((r) => r.label === '类型')?.differs).toBe(false)
    expect(table.rows.find((r) => r.label === '省星级')?.differs).toBe(true)

    const shared = await phone(browser)
    const reopened = await shared.newPage()
    await reopened.goto(page.url())
    expect(await compareTable(reopened)).toEqual(table)
    expect(await noHorizontalScroll(reopened)).toBe(true)
    await shared.close()
    await context.close()
  })

  it('without JavaScript the form still sends the choice; the page explains and links each home', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/en/facilities/`)
    const [a, b] = homes
    await page.locator(`#fc-${a.slug} input[name=ids]`).check()
    await page.locator(`#fc-${b.slug} input[name=ids]`).check()
    await page.getByRole('button', { name: 'Compare selected (up to 3)' }).click()
    await page.waitForURL(/\/en\/facilities\/compare\//)
    const sent = new URL(page.url()).searchParams.getAll('ids')
    expect([...sent].sort()).toEqual([a.slug, b.slug])
    await expect.poll(() => page.locator('.nojs').isVisible()).toBe(true)
    expect(await page.locator('.nojs a').count()).toBe(FIXTURE_SIZE)
    // the same address opened where JavaScript runs shows the comparison
    const withJs = await browser.newContext()
    const again = await withJs.newPage()
    await again.goto(page.url())
    const byId = new Map(homes.map((h) => [h.slug, h.name?.en]))
    expect((await compareTable(again)).heads).toEqual(sent.map((id) => byId.get(id)))
    expect(new URL(again.url()).searchParams.get('ids')).toBe(sent.join(','))
    await withJs.close()
    await context.close()
  })

  for (const prefix of ['', '/zh-hant', '/en']) {
    for (const p of [
      '/facilities/',
      `/facilities/compare/?ids=example-home-01,example-home-02,example-home-04`,
    ]) {
      it(`axe WCAG 2.2 AA, full data: ${prefix}${p}`, async () => {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${base}${prefix}${p}`)
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      })
    }
  }
})
