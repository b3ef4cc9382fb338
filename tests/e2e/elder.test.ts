/**
 * 长者模式 in real Chromium: switched on from the header, large text with AAA contrast, big
 * targets, remembered on the next page and the next visit; the no-JavaScript #elder path;
 * read-aloud with its fallback messages; reflow at 320 px and 200 % zoom with no floating layers.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, phone } from './helpers/browser'
import { smallTargets, textContrast } from './helpers/measure'
import { firstDetail, pagesPerTemplate } from './helpers/pages'

const base = inject('baseURL')
const dist = inject('distDir')
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const px = (page: Page, selector: string, prop: 'fontSize' | 'lineHeight') =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => parseFloat(getComputedStyle(el)[p]), prop)
const isElder = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('elder'))
const CONTROLS = 'header a, nav a, .crumbs a, footer a, main button, .download'

describe('长者模式 switched on from the header', () => {
  it('gives 20 px text, line height ≥ 1.5, 7:1 contrast and 44 px targets, and is remembered', async () => {
    const context = await phone(browser)
    const page = await context.newPage()
    const article = firstDetail(dist, 'programmes')!
    await page.goto(`${base}${article}`)
    expect(await px(page, 'main p', 'fontSize')).toBeLessThan(20)
    await page.locator('.elder-to-on').click()
    expect(await isElder(page)).toBe(true)
    expect(page.url()).not.toContain('#elder') // switched in place by the script
    await expect(page.locator('.elder-to-off').isVisible()).resolves.toBe(true)
    await expect(page.locator('.elder-to-on').isVisible()).resolves.toBe(false)
    // keyboard focus moves to the switch that is now shown
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('elder-to-off')),
    ).toBe(true)
    for (const sel of ['body', 'main p', 'main li', '.cite', 'footer p']) {
      const size = await px(page, sel, 'fontSize')
      expect(size, sel).toBeGreaterThanOrEqual(20)
      expect((await px(page, sel, 'lineHeight')) / size, sel).toBeGreaterThanOrEqual(1.5)
      expect(await textContrast(page, sel), sel).toBeGreaterThanOrEqual(7)
    }
    expect(await smallTargets(page, CONTROLS)).toEqual([])

    // the next page: on from the first paint (the class is set by a script in <head>)
    await page.locator('nav.main a').nth(2).click()
    await page.waitForLoadState()
    expect(await isElder(page)).toBe(true)
    expect(await px(page, 'main p', 'fontSize')).toBeGreaterThanOrEqual(20)
    expect(await page.locator('head script:not([src])').count()).toBe(1)

    // the next visit, another day: still on
    const later = await context.newPage()
    await later.goto(`${base}/en/`)
    expect(await isElder(later)).toBe(true)
    await later.locator('.elder-to-off').click()
    expect(await isElder(later)).toBe(false)
    expect(await px(later, 'main p', 'fontSize')).toBeLessThan(20)
    await later.goto(`${base}/indicators/`)
    expect(await isElder(later)).toBe(false)
    await context.close()
  })

  it('is turned on and off by a link with ?elder=1 / ?elder=0 (for a QR code or a letter)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/?elder=1`)
    expect(await isElder(page)).toBe(true)
    await page.goto(`${base}/policies/`)
    expect(await isElder(page)).toBe(true)
    await page.goto(`${base}/policies/?elder=0`)
    await page.goto(`${base}/`)
    expect(await isElder(page)).toBe(false)
    await context.close()
  })

  it('has 44 px targets for the switch and read-aloud in normal mode too', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}${firstDetail(dist, 'policies')}`)
    expect(await smallTargets(page, '.elder-switch a, .speak button')).toEqual([])
    await context.close()
  })
})

describe('长者模式 without JavaScript', () => {
  it('the switch enlarges this page through #elder and the other link turns it off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/facilities/`)
    expect(await px(page, 'main p', 'fontSize')).toBeLessThan(20)
    await page.locator('.elder-to-on').click()
    expect(page.url()).toMatch(/#elder$/)
    expect(await px(page, 'main p', 'fontSize')).toBeGreaterThanOrEqual(20)
    expect(await textContrast(page, 'main p')).toBeGreaterThanOrEqual(7)
    await page.locator('.elder-to-off').click()
    expect(await px(page, 'main p', 'fontSize')).toBeLessThan(20)
    // read-aloud cannot work without JavaScript, so it is not offered
    await page.goto(`${base}${firstDetail(dist, 'charity')}`)
    expect(await page.locator('.speak').isVisible()).toBe(false)
    await context.close()
  })
})

describe('read-aloud on article pages', () => {
  const messages = JSON.parse(readFileSync('site/i18n/zh-CN.json', 'utf8')) as Record<
    string,
    string
  >
  const hant = JSON.parse(readFileSync('site/i18n/zh-Hant.json', 'utf8')) as Record<string, string>
  const en = JSON.parse(readFileSync('site/i18n/en.json', 'utf8')) as Record<string, string>

  it('is on every kind of article page and answers in this browser (voice or a clear message)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const section of ['programmes', 'policies', 'facilities', 'charity', 'places']) {
      await page.goto(`${base}${firstDetail(dist, section)}`)
      await expect(page.locator('.speak [data-speak="play"]').isVisible()).resolves.toBe(true)
    }
    await page.locator('[data-speak="play"]').click()
    const status = page.locator('.speak-status')
    await page.waitForFunction(() => document.querySelector('.speak-status')?.textContent)
    expect([messages['speak.noVoice'], messages['speak.reading']]).toContain(
      await status.textContent(),
    )
    await context.close()
  })

  it('says in the page’s language that there is no voice when the browser has none', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] })
    })
    const page = await context.newPage()
    for (const [prefix, strings] of [
      ['', messages],
      ['/zh-hant', hant],
      ['/en', en],
    ] as const) {
      await page.goto(`${base}${prefix}${firstDetail(dist, 'places')}`)
      await page.locator('[data-speak="play"]').click()
      await page.waitForFunction(
        (m) => document.querySelector('.speak-status')?.textContent === m,
        strings['speak.noVoice'],
      )
      expect(await page.locator('.speak-status').getAttribute('role')).toBe('status')
    }
    await context.close()
  })

  it('says the browser cannot read aloud when it has no speech synthesis at all', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      // @ts-expect-error removing the API, as some browsers lack it
      delete window.speechSynthesis
    })
    const page = await context.newPage()
    await page.goto(`${base}/en${firstDetail(dist, 'charity')}`)
    await page.locator('[data-speak="play"]').click()
    await expect(page.locator('.speak-status').textContent()).resolves.toBe(en['speak.noSupport'])
    await context.close()
  })

  it('reads the article with a Cantonese voice on the 繁體 page, and pauses, resumes and stops', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string; voice: string }[] = []
      const state = { paused: false }
      const voices = [
        { lang: 'en-US', name: 'English' },
        { lang: 'zh-CN', name: 'Mandarin' },
        { lang: 'zh-HK', name: 'Cantonese' },
      ]
      Object.assign(window, {
        spoken,
        SpeechSynthesisUtterance: class {
          voice?: { name: string }
          lang = ''
          constructor(public text: string) {}
        },
      })
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          addEventListener() {},
          speak: (u: { text: string; lang: string; voice: { name: string } }) =>
            spoken.push({ text: u.text, lang: u.lang, voice: u.voice.name }),
          cancel: () => (spoken.length = 0),
          pause: () => (state.paused = true),
          resume: () => (state.paused = false),
          get paused() {
            return state.paused
          },
        },
      })
    })
    const page = await context.newPage()
    await page.goto(`${base}/zh-hant${firstDetail(dist, 'programmes')}`)
    await page.locator('[data-speak="play"]').click()
    const spoken = () =>
      page.evaluate(
        () => (window as unknown as { spoken: { text: string; voice: string }[] }).spoken,
      )
    const said = await spoken()
    expect(said.length).toBeGreaterThan(0)
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Cantonese']))
    const h1 = (await page.locator('h1').textContent())!.trim()
    expect(said.map((s) => s.text).join('')).toContain(h1.slice(0, 6))
    expect(said.map((s) => s.text).join('')).not.toContain(hant['speak.play'])
    await expect(page.locator('.speak-status').textContent()).resolves.toBe(hant['speak.reading'])
    const pause = page.locator('[data-speak="pause"]')
    await pause.click()
    await expect(pause.textContent()).resolves.toBe(hant['speak.resume'])
    await pause.click()
    await expect(pause.textContent()).resolves.toBe(hant['speak.pause'])
    await page.locator('[data-speak="stop"]').click()
    expect(await spoken()).toEqual([])
    await expect(page.locator('.speak-status').textContent()).resolves.toBe(hant['speak.stopped'])
    await expect(pause.isVisible()).resolves.toBe(false)
    await context.close()
  })
})

describe('reflow: 320 px wide and 200 % zoom, in both modes, with no floating layers', () => {
  const floating = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
        .map((el) => el.tagName + '.' + el.className)
        .concat([...document.querySelectorAll('dialog, [popover]')].map((el) => el.tagName)),
    )
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

  for (const [label, viewport, scale] of [
    ['320 px phone', { width: 320, height: 640 }, 1],
    ['200 % zoom of a 1280 px window', { width: 640, height: 400 }, 2],
  ] as const) {
    it(`${label}: no page scrolls sideways, normal and 长者模式`, async () => {
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale })
      const page = await context.newPage()
      const wide: string[] = []
      for (const url of pagesPerTemplate(dist)) {
        for (const mode of ['0', '1']) {
          await page.goto(`${base}${url}?elder=${mode}`)
          const by = await overflow(page)
          if (by > 0) wide.push(`${url} elder=${mode}: ${by}px`)
          expect(await floating(page), url).toEqual([])
        }
      }
      expect(wide).toEqual([])
      await context.close()
    })
  }
})
