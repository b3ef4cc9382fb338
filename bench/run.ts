/**
 * npm run bench — size and speed of the public pages, for old phones. Not a test: it measures
 * and prints, and writes bench/results/latest.json. Goals: content pages 0 KB JS, no web
 * fonts, Lighthouse mobile ≥ 98.
 *
 * Uses dist/ (run `npm run build -- --site-only` first) and Debian's Chromium.
 */
import { writeResults } from './results'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium'
import { runMain } from '../scripts/lib/main'
import { startStaticServer } from '../scripts/lib/static-server'
import { searchBench } from './search'

const DIST = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4390)
const first = (section: string) =>
  readdirSync(path.join(DIST, section), { withFileTypes: true }).find((d) => d.isDirectory())?.name
const pages = () =>
  [
    '/',
    '/programmes/',
    `/programmes/${first('programmes')}/`,
    '/facilities/',
    `/facilities/${first('facilities')}/`,
    '/policies/',
    '/indicators/',
    `/places/${first('places')}/`,
    '/en/charity/',
    '/eligibility/',
  ].filter((p) => {
    const ok = statSync(path.join(DIST, p, 'index.html'), { throwIfNoEntry: false })
    if (!ok) process.stderr.write(`[bench] ${p} is not built; skipped\n`)
    return Boolean(ok)
  })

/** Bytes a first visit downloads: the HTML and every local asset it references. */
function weight(page: string) {
  const html = readFileSync(path.join(DIST, page, 'index.html'))
  // scripts of islands are named in component-url / renderer-url, not src
  const assets = [
    ...html.toString().matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+)"/g),
  ].map((m) => m[1])
  const files = [...new Set(assets)].map((a) => path.join(DIST, a))
  const js = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + statSync(f).size, 0)
  const jsGzip = files
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0)
  const fonts = files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f)).length
  // inline scripts (长者模式 and read-aloud, site/inline/page.js): allowed, but shown
  const inlineJs = [
    ...html.toString().matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => Buffer.byteLength(m[1]))
    .reduce((n, b) => n + b, 0)
  return { htmlGzip: gzipSync(html).length, js, jsGzip, inlineJs, fonts }
}

async function main() {
  const server = await startStaticServer(() => DIST, PORT)
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
  })
  const rows = []
  try {
    for (const page of pages()) {
      process.stderr.write(`[bench] ${page} …\n`)
      const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const cats = result?.lhr.categories ?? {}
      const score = (k: string) => Math.round((cats[k]?.score ?? 0) * 100)
      const transfer = result?.lhr.audits['total-byte-weight']?.numericValue ?? 0
      // what the browser actually fetched, imports of imports included
      const summary =
        (
          result?.lhr.audits['resource-summary']?.details as
            | { items?: { resourceType: string; transferSize: number; requestCount: number }[] }
            | undefined
        )?.items ?? []
      const of = (type: string) => summary.find((i) => i.resourceType === type)
      const scriptKB = +((of('script')?.transferSize ?? 0) / 1024).toFixed(1)
      const fontRequests = of('font')?.requestCount ?? 0
      rows.push({
        page,
        ...weight(page),
        scriptKB,
        fontRequests,
        transferKB: +(transfer / 1024).toFixed(1),
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      })
    }
  } finally {
    await chrome.kill()
    server.close()
  }
  console.table(rows)
  writeResults('latest', { rows }, false)
  const contentPages = rows.filter((r) => r.page !== '/eligibility/')
  const misses = [
    ...contentPages
      .filter((r) => r.js > 0 || r.scriptKB > 0)
      .map((r) => `${r.page}: ships JavaScript (${r.scriptKB} KB)`),
    ...rows
      .filter((r) => r.fonts > 0 || r.fontRequests > 0)
      .map((r) => `${r.page}: loads web fonts`),
    ...rows
      .filter((r) => r.performance < 98)
      .map((r) => `${r.page}: Lighthouse performance ${r.performance} < 98`),
  ]
  misses.push(...(await searchBench(DIST)))
  console.log(misses.length ? `goals missed:\n  ${misses.join('\n  ')}` : 'all goals met')
}

// --scale: growth, publish → live (bench/scale/); --load: the servers under load (bench/load/)
void runMain('bench', async () => {
  if (process.argv.includes('--scale')) await (await import('./scale/run')).runScale()
  else if (process.argv.includes('--load')) await (await import('./load/run')).runLoad()
  else await main()
})
