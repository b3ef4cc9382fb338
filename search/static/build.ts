/**
 * The static engine's index builder: one index per locale under dist/search/<locale>/, in small
 * files so a search fetches only what it needs — meta.json (filter data), the term shards the
 * query's terms hash to (with the first page's result cards: cards.ts), and the fragments of
 * results beyond those cards. With a memo (memo.ts) it reuses the last build's per-record work
 * and writes only the files whose content changed.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LANGS, type Lang } from '../../site/lib/i18n'
import { syllables } from '../keywords'
import { normalise, terms } from '../normalise'
import { RECORD_TYPES, type SearchRecord } from '../types'
import { shardFiles } from './cards'
import { INDEX_VERSION, type DocFragment, type IndexMeta, type Vocab } from './format'
import { hashOf, Memo } from './memo'
import { pinyinTable } from './pinyin-table'

/** Field weights: a title hit outranks a keyword hit outranks a summary hit outranks body text. */
const WEIGHT = { title: 12, keywords: 8, summary: 3, body: 1 } as const
const BODY_CHARS = 3000

/**
 * A record's terms (joined by a separator no term contains) and their scores: compact, because
 * the memo keeps one per record and reads them all back after a restart.
 */
type Scored = [string, Uint16Array]
const SEP = '\u0001'

function termScores(r: SearchRecord): Scored {
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
  return [[...scores.keys()].join(SEP), Uint16Array.from(scores.values())]
}

/** The name of the file in an index folder that says which build wrote it (memo.ts). */
const ID_FILE = 'build-id'

/**
 * Writes an index folder's files, skipping those the folder already holds with the same
 * content (a hard-linked copy of the served index: a changed file is replaced, never written
 * through), and removes the files the index no longer has.
 */
function folderWriter(dir: string, memo: Memo) {
  const before = memo.filesIn(path.join(dir, ID_FILE))
  // a folder the memo does not know is written from scratch
  if (before.size === 0) rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'd'), { recursive: true })
  mkdirSync(path.join(dir, 's'), { recursive: true })
  const files = new Map<string, string>()
  let written = 0
  const replace = (file: string, content: string) => {
    rmSync(file, { force: true })
    writeFileSync(file, content)
  }
  return {
    put(rel: string, content: string) {
      const h = hashOf(content)
      files.set(rel, h)
      const file = path.join(dir, rel)
      if (before.get(rel) === h && existsSync(file)) return
      replace(file, content)
      written++
    },
    done(): number {
      for (const rel of before.keys())
        if (!files.has(rel)) rmSync(path.join(dir, rel), { force: true })
      replace(path.join(dir, ID_FILE), memo.wrote(files))
      return written
    },
  }
}

export function buildLocaleIndex(
  records: SearchRecord[],
  dir: string,
  memo: Memo = Memo.at(),
): { files: number; written: number } {
  const out = folderWriter(dir, memo)
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
    const key = hashOf(r.title, r.keywords.join('\n'), r.summary, r.body)
    const [joined, scores] = memo.get(key, () => termScores(r))
    const ts = joined ? joined.split(SEP) : []
    for (let i = 0; i < ts.length; i++) {
      const list = postings.get(ts[i])
      if (list) list.push(doc, scores[i])
      else postings.set(ts[i], [doc, scores[i]])
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
    out.put(`d/${doc}.json`, JSON.stringify(fragment))
  })
  const shards = shardFiles(records, postings)
  meta.shards = shards.length
  shards.forEach((s, i) => out.put(`s/${i}.json`, s))
  out.put('meta.json', JSON.stringify(meta))
  out.put('vocab.json', JSON.stringify(vocab))
  return { files: records.length + meta.shards + 2, written: out.done() }
}

/** Every locale's index plus the shared pinyin table, into `<outDir>/search/`. */
export function buildStaticIndex(
  records: SearchRecord[],
  outDir: string,
  log: (s: string) => void = () => {},
  memo: Memo = Memo.at(),
): void {
  const root = path.join(outDir, 'search')
  mkdirSync(root, { recursive: true })
  for (const lang of LANGS as readonly Lang[]) {
    const mine = records.filter((r) => r.locale === lang)
    const { files, written } = buildLocaleIndex(mine, path.join(root, lang), memo)
    log(`[search] ${lang}: ${mine.length} records, ${files} files (${written} written anew)`)
  }
  const pinyin = path.join(root, 'pinyin.json')
  rmSync(pinyin, { force: true })
  writeFileSync(pinyin, JSON.stringify(pinyinTable()))
}
