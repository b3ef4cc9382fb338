/** Debian's Chromium driven by playwright-core (no browser download). */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHROMIUM, launchChromium } from '../../../scripts/lib/chromium'

export { CHROMIUM }

export const launch = (): Promise<Browser> => launchChromium()

/** A phone-sized context, as most residents use. */
export const phone = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })

/** axe at WCAG 2.2 AA; `aaa: true` adds the 7:1 text contrast rule (长者模式 promises it). */
export async function axeViolations(page: Page, opts: { aaa?: boolean } = {}) {
  const axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ])
  if (opts.aaa) axe.options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
  const result = await axe.analyze()
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
}
