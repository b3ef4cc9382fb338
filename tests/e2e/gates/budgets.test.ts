/**
 * Size budgets per template (deterministic: bytes, not times). Content pages load no JavaScript
 * file and no web font (only the small inline script the 长者模式 issue allows); each template's HTML (CSS is inlined) stays under its budget, gzipped as
 * a phone downloads it; the questionnaire's JavaScript stays under its gzip budget.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { builtPages } from '../helpers/dist'

const dist = inject('distDir')
const pages = builtPages(dist)
const KB = 1024

/**
 * Largest gzipped HTML (with its inlined CSS) per template, measured on the seeded content
 * (2026-12: home 4.4 KB, lists ≤ 8.4 KB, details ≤ 5.2 KB, the plan's full text 31 KB,
 * questionnaire 15 KB) with room for modest growth. A list that outgrows its budget needs paging.
 */
export const HTML_BUDGET_GZIP: Record<string, number> = {
  home: 8 * KB,
  '404': 6 * KB,
  'eligibility/list': 24 * KB,
  'policies/detail': 48 * KB,
  'programmes/list': 14 * KB,
  'facilities/list': 12 * KB, // every card and the finder's filter stylesheet: 11.4 KB
  'indicators/list': 20 * KB, // with the plan's indicators as SVG bar charts: 14.2 KB
  list: 8 * KB,
  detail: 9 * KB,
}
/** The one inline script content pages may have (长者模式 and read-aloud: 4.5 KB with comments). */
export const INLINE_SCRIPT_BUDGET = 6 * KB
/**
 * Tools, not content pages, allowed a few lines of their own script (no framework): the
 * finder's filters and compare boxes (6.8 KB with the page script), the compare table built from
 * the URL (9.8 KB), and the search page, which loads its engine only when someone searches.
 */
export const TOOL_INLINE_BUDGET: Record<string, number> = {
  'facilities/list': 8 * KB,
  'facilities/compare': 11 * KB,
  'search/list': INLINE_SCRIPT_BUDGET,
}
/** The questionnaire's JavaScript, gzipped, island and renderer and all they import (today 90 KB). */
export const QUESTIONNAIRE_JS_BUDGET_GZIP = 92 * KB

const budgetOf = (template: string) =>
  HTML_BUDGET_GZIP[template] ?? HTML_BUDGET_GZIP[template.split('/')[1]]

const FONT = /\.(woff2?|ttf|otf|eot)(\?|$)|@font-face/i

/** The island's modules and everything they import, as files under dist. */
function islandScripts(html: string): string[] {
  const seen = new Set<string>()
  const queue = [
    ...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g),
  ].map((m) => m[1])
  while (queue.length) {
    const url = queue.shift()!
    if (seen.has(url)) continue
    seen.add(url)
    const code = readFileSync(path.join(dist, url), 'utf8')
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(new URL(m[1], `http://x${url}`).pathname)
  }
  return [...seen]
}

describe('budgets per template', () => {
  it('content pages load no JavaScript file and no web font; only the small inline script', () => {
    const problems = pages
      .filter((p) => p.template !== 'eligibility/list')
      .flatMap((p) => {
        const tool = p.url.endsWith('/facilities/compare/') ? 'facilities/compare' : p.template
        const budget = TOOL_INLINE_BUDGET[tool] ?? INLINE_SCRIPT_BUDGET
        const scripts = p.root.querySelectorAll('script')
        const inline = scripts.filter(
          (s) => !s.getAttribute('src') && s.getAttribute('type') !== 'module',
        )
        const bytes = inline.reduce((n, s) => n + Buffer.byteLength(s.innerHTML), 0)
        return [
          ...(scripts.length > inline.length && p.template !== 'search/list'
            ? [`${p.url}: loads a script`]
            : []),
          ...(p.html.includes('<astro-island') ? [`${p.url}: has an island`] : []),
          ...(bytes > budget ? [`${p.url}: ${bytes} B of inline script`] : []),
          ...(FONT.test(p.html) ? [`${p.url}: refers to a web font`] : []),
        ]
      })
    expect(problems).toEqual([])
  })

  it('the questionnaire loads no web font either', () => {
    for (const p of pages.filter((x) => x.template === 'eligibility/list')) {
      expect(FONT.test(p.html), p.url).toBe(false)
    }
  })

  it('keeps every template’s HTML + CSS under its gzip budget', () => {
    const over = pages.flatMap((p) => {
      const size = gzipSync(p.html).length
      const budget = budgetOf(p.template)
      return budget === undefined || size > budget
        ? [`${p.url} (${p.template}): ${(size / KB).toFixed(1)} KB > ${budget && budget / KB} KB`]
        : []
    })
    expect(over).toEqual([])
  })

  it('keeps the questionnaire’s JavaScript under its gzip budget', () => {
    for (const p of pages.filter((x) => x.template === 'eligibility/list')) {
      const files = islandScripts(p.html)
      expect(files.length, p.url).toBeGreaterThan(0)
      const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0)
      expect(gzip, `${p.url}: ${files.join(', ')}`).toBeLessThanOrEqual(
        QUESTIONNAIRE_JS_BUDGET_GZIP,
      )
    }
  })
})
