/**
 * Pagefind 1.6 (Node API, custom records) on the same records and queries as our static index:
 * how often the expected page comes first. This is the measurement behind choosing the
 * precomputed pinyin/bigram index (search/README.md).
 */
import { countingPage } from './counting-page'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type { SearchRecord } from '../search/types'

export type Expect = [query: string, titleContains: string]

export async function pagefindRecall(records: SearchRecord[], tmp: string, queries: Expect[]) {
  const root = path.join(tmp, 'pagefind-site')
  mkdirSync(root, { recursive: true })
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="zh-CN"><title>pf</title>',
  )
  const t0 = Date.now()
  const { index } = await pagefind.createIndex({})
  if (!index) throw new Error('pagefind: no index')
  for (const r of records)
    await index.addCustomRecord({
      url: r.url,
      content: [r.title, r.keywords.join(' '), r.summary, r.body].join('\n'),
      language: 'zh-cn',
      meta: { title: r.title },
    })
  await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
  await pagefind.close()
  const buildS = (Date.now() - t0) / 1000
  const { base, page, downloadedKB, close } = await countingPage(root)
  try {
    await page.goto(`${base}/`)
    let found = 0
    let firstKB = 0
    for (const [q, want] of queries) {
      const title = await page.evaluate(async (q) => {
        const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)
        const res = await pf.search(q)
        const first = res.results[0]
        return first ? ((await first.data()).meta.title as string) : ''
      }, q)
      if (!firstKB) firstKB = await downloadedKB()
      if (title && title.includes(want)) found++
    }
    return { found, buildS, firstKB: +firstKB.toFixed(1) }
  } finally {
    await close()
  }
}
