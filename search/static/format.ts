/** The static index's file layout, shared by the builder (Node) and the query code (browser). */
import type { Answer, RecordType } from '../types'

export const INDEX_VERSION = 2
/** dist/search/<locale>/… */
export const INDEX_DIR = 'search'

export type IndexMeta = {
  v: number
  /** number of documents */
  n: number
  /** number of term shards */
  shards: number
  types: RecordType[]
  towns: { slug: string; name: string }[]
  /** per document: index into types / towns (-1: none) — for filter counts without fetching */
  dt: number[]
  dn: number[]
}

/**
 * One shard. `t`: term → [doc, score, doc, score, …]. `c`: the result cards of the best
 * documents of its terms (see cards.ts), so the first page of results needs no other request.
 * `n`: a record's name (normalised, no spaces) → the answer-type documents it names, kept in the
 * shard of the name's first term.
 */
export type Shard = {
  t: Record<string, number[]>
  c: Record<number, CardRow>
  n: Record<string, number[]>
}

/** A result card as stored: title, url, updated, excerpt source text, answer amount and link. */
export type CardRow = [string, string, string, string, string?, string?]

/** What a result (and the direct-answer card) shows. */
export type ResultCard = {
  type: RecordType
  title: string
  url: string
  /** the text the excerpt is cut from: the summary, or the body around the matched term */
  text: string
  townName?: string
  updated: string
  answer?: Answer
}

/** Record types that can get the direct-answer card. */
export const ANSWER_TYPES: readonly RecordType[] = ['programme', 'facility', 'place']

/** One document, fetched only when shown. */
export type DocFragment = {
  type: RecordType
  title: string
  url: string
  summary: string
  body: string
  town?: string
  townName?: string
  updated: string
  answer?: Answer
}

/** Pinyin vocabulary for "did you mean": [joined pinyin of a title, doc] */
export type Vocab = [string, number][]

/** FNV-1a over UTF-16 code units: which shard holds a term. */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % shards
}
