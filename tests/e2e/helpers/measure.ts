/** Measurements taken in the page: text contrast and the size of what can be tapped. */
import type { Page } from 'playwright-core'

/**
 * WCAG contrast of an element's text against the first opaque background behind it (walking up
 * the ancestors), from computed styles — what the visitor actually sees.
 */
export function textContrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        }
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
      }
      let bg = [255, 255, 255]
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor)
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
          bg = c.slice(0, 3)
          break
        }
      }
      const a = lum(rgb(getComputedStyle(el).color))
      const b = lum(bg)
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    })
}

/** Visible controls matching `selector` smaller than `min` px either way, as "text: w×h". */
export function smallTargets(page: Page, selector: string, min = 44): Promise<string[]> {
  return page.locator(selector).evaluateAll(
    (els, m) =>
      els
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.width < m - 0.5 || r.height < m - 0.5)
        .map(
          ({ el, r }) =>
            `${(el.textContent ?? '').trim().slice(0, 20)}: ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    min,
  )
}
