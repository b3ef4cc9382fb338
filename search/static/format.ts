/** The static index's file layout, shared by the builder (Node) and the query code (browser). */
import type { Answer, RecordType } from '../types'

export const INDEX_VERSION = 1
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

/** One shard: term → [doc, score, doc, score, …] */
export type Shard = Record<string, number[]>

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
  /** normalised keywords, to tell when a query names this record */
  names: string[]
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
