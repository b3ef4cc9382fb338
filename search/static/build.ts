/**
 * The static engine's index builder: one index per locale under dist/search/<locale>/, in small
 * files so a search fetches only what it needs — meta.json (filter data), the term shards the
 * query's terms hash to (with the first page's result cards: cards.ts), and the fragments of
 * results beyond those cards.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LANGS, type Lang } from '../../site/lib/i18n'
import { syllables } from '../keywords'
import { normalise, terms } from '../normalise'
import { RECORD_TYPES, type SearchRecord } from '../types'
import { writeShards } from './cards'
import { INDEX_VERSION, type DocFragment, type IndexMeta, type Vocab } from './format'
import { pinyinTable } from './pinyin-table'

/** Field weights: a title hit outranks a keyword hit outranks a summary hit outranks body text. */
const WEIGHT = { title: 12, keywords: 8, summary: 3, body: 1 } as const
const BODY_CHARS = 3000

function termScores(r: SearchRecord): Map<string, number> {
  const scores = new Map<string, number>()
  const add = (text: string, weight: number, unigrams = false) => {
    const counts = new Map<string, number>()
    for (const term of terms(normalise(text), { unigrams }))
      counts.set(term, (counts.get(term) ?? 0) + 1)
    for (const [term, c] of counts)
      scores.set(term, (scores.get(term) ?? 0) + weight * Math.min(c, 3))
  }
  add(r.title, WEIGHT.title, true)
  add(r.keywords.join(' '), WEIGHT.keywords, true)
  add(r.summary, WEIGHT.summary)
  add(r.body, WEIGHT.body)
  return scores
}

export function buildLocaleIndex(records: SearchRecord[], dir: string): { files: number } {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'd'), { recursive: true })
  const postings = new Map<string, number[]>()
  const towns: IndexMeta['towns'] = []
  const meta: IndexMeta = {
    v: INDEX_VERSION,
    n: records.length,
    shards: 1,
    types: [...RECORD_TYPES],
    towns,
    dt: [],
    dn: [],
  }
  const vocab: Vocab = []
  records.forEach((r, doc) => {
    for (const [term, score] of termScores(r)) {
      const list = postings.get(term) ?? []
      list.push(doc, score)
      postings.set(term, list)
    }
    meta.dt.push(RECORD_TYPES.indexOf(r.type))
    let town = r.town ? towns.findIndex((t) => t.slug === r.town) : -1
    if (r.town && town < 0) town = towns.push({ slug: r.town, name: r.townName ?? r.town }) - 1
    meta.dn.push(town)
    const py = syllables(r.title).join('')
    if (py) vocab.push([py, doc])
    const fragment: DocFragment = {
      type: r.type,
      title: r.title,
      url: r.url,
      summary: r.summary,
      body: r.body.slice(0, BODY_CHARS),
      town: r.town,
      townName: r.townName,
      updated: r.updated,
      answer: r.answer,
    }
    writeFileSync(path.join(dir, 'd', `${doc}.json`), JSON.stringify(fragment))
  })
  meta.shards = writeShards(dir, records, postings)
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta))
  writeFileSync(path.join(dir, 'vocab.json'), JSON.stringify(vocab))
  return { files: records.length + meta.shards + 2 }
}

/** Every locale's index plus the shared pinyin table, into `<outDir>/search/`. */
export function buildStaticIndex(
  records: SearchRecord[],
  outDir: string,
  log: (s: string) => void = () => {},
): void {
  const root = path.join(outDir, 'search')
  mkdirSync(root, { recursive: true })
  for (const lang of LANGS as readonly Lang[]) {
    const mine = records.filter((r) => r.locale === lang)
    const { files } = buildLocaleIndex(mine, path.join(root, lang))
    log(`[search] ${lang}: ${mine.length} records, ${files} files`)
  }
  writeFileSync(path.join(root, 'pinyin.json'), JSON.stringify(pinyinTable()))
}
