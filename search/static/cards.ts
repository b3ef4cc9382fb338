/**
 * The term shards of the static index (format 2). Beside its terms' postings, each shard carries
 * the result cards of the best documents of each of its terms, and the names of answer-type
 * records that start with one of its terms. A query is then answered — first page of results,
 * excerpts and direct-answer card included — from the shards of its own terms: one round of
 * requests instead of one more request per result shown. Documents outside every term's best
 * CARD_DOCS (later pages, filtered lists, a term found in one document) are fetched on their own.
 */
import { normalise, terms } from '../normalise'
import type { SearchRecord } from '../types'
import { ANSWER_TYPES, shardOf, type CardRow, type Shard } from './format'

/** A page of results: the documents of a term that get a card in its shard. */
export const CARD_DOCS = 10
/** A term found in fewer documents gets no cards: its one result is fetched on its own. */
const CARD_MIN_DOCS = 2
/** Card text: the whole summary up to this length, else a window of the text around the term. */
const CARD_TEXT = 110
/** characters shown before the term */
const LEAD = 30
/** Target size of one shard file (postings and cards; the query fetches one per term). */
const SHARD_BYTES = 40_000
const MAX_SHARDS = 8192

/**
 * A record's card text (summary, else body) and, when long: its characters normalised one by one
 * (as the page's highlighter does), the character each normalised position comes from, each
 * character's offset in the text, and the windows already cut (many terms share one).
 */
type TextIndex = {
  whole: string
  norm: string
  from: number[]
  offset: number[]
  windows: Map<number, string>
}

function textIndex(r: SearchRecord): TextIndex {
  const whole = (r.summary || r.body).replace(/\s+/g, ' ').trim()
  const t: TextIndex = { whole, norm: '', from: [], offset: [], windows: new Map() }
  if (whole.length <= CARD_TEXT) return t
  let i = 0
  for (const c of whole) {
    const n = normalise(c) || ' '
    t.norm += n
    for (let k = 0; k < n.length; k++) t.from.push(i)
    t.offset.push(t.offset.length ? t.offset.at(-1)! + c.length : 0)
    i++
  }
  t.offset.push(whole.length)
  return t
}

/** The card text for `term`: the whole text when short, else CARD_TEXT characters around it. */
function cardText(t: TextIndex, term: string): string {
  const chars = t.offset.length - 1
  if (chars <= CARD_TEXT) return t.whole
  const at = t.norm.indexOf(term)
  const start = Math.max(0, (at < 0 ? 0 : t.from[at]) - LEAD)
  let text = t.windows.get(start)
  if (text === undefined) {
    const end = Math.min(chars, start + CARD_TEXT)
    const cut = t.whole.slice(t.offset[start], t.offset[end])
    text = `${start > 0 ? '…' : ''}${cut}${end < chars ? '…' : ''}`
    t.windows.set(start, text)
  }
  return text
}

function cardRow(r: SearchRecord, text: string): CardRow {
  const row: CardRow = [r.title, r.url, r.updated, text]
  if (r.answer?.amount || r.answer?.eligibility)
    row.push(r.answer.amount ?? '', r.answer.eligibility ?? '')
  return row
}

/** The best CARD_DOCS documents of a posting list [doc, score, …] (in document order): by score. */
function best(list: number[]): number[] {
  // one pass keeping the best few, best first (an earlier document first on a tie)
  const top: number[] = []
  for (let i = 0; i < list.length; i += 2) {
    const score = list[i + 1]
    if (top.length === CARD_DOCS && list[top[CARD_DOCS - 1] + 1] >= score) continue
    let at = top.length
    while (at > 0 && list[top[at - 1] + 1] < score) at--
    top.splice(at, 0, i)
    if (top.length > CARD_DOCS) top.pop()
  }
  return top.map((i) => list[i])
}

/**
 * How many shards: the fewest whose average file stays under SHARD_BYTES. Cards are kept once per
 * shard, so fewer, larger shards repeat fewer of them (a small site's shards hold most cards).
 */
function shardCount(
  postings: Map<string, number[]>,
  tops: Map<string, number[]>,
  cardBytes: number[],
): number {
  let postingBytes = 0
  for (const [term, list] of postings) postingBytes += term.length * 3 + list.length * 3 + 6
  let count = Math.max(1, Math.ceil(postingBytes / SHARD_BYTES))
  for (;;) {
    const seen = Array.from({ length: count }, () => new Set<number>())
    let bytes = postingBytes
    for (const [term, top] of tops) {
      const s = seen[shardOf(term, count)]
      for (const doc of top) {
        if (s.has(doc)) continue
        s.add(doc)
        bytes += cardBytes[doc]
      }
    }
    if (bytes / count <= SHARD_BYTES || count >= MAX_SHARDS) return count
    count = Math.min(MAX_SHARDS, Math.ceil(Math.max(count * 1.25, bytes / SHARD_BYTES)))
  }
}

/** The contents of the shard files `s/<n>.json` for the postings (term → [doc, score, …]). */
export function shardFiles(records: SearchRecord[], postings: Map<string, number[]>): string[] {
  const texts = new Map<number, TextIndex>()
  const text = (doc: number) => {
    if (!texts.has(doc)) texts.set(doc, textIndex(records[doc]))
    return texts.get(doc)!
  }
  const tops = new Map<string, number[]>()
  for (const [term, list] of postings)
    if (list.length >= CARD_MIN_DOCS * 2) tops.set(term, best(list))
  const cardBytes = records.map(
    (r) =>
      Buffer.byteLength(JSON.stringify(cardRow(r, (r.summary || r.body).slice(0, CARD_TEXT)))) + 8,
  )
  const count = shardCount(postings, tops, cardBytes)
  const shards: Shard[] = Array.from({ length: count }, () => ({ t: {}, c: {}, n: {} }))
  for (const [term, list] of postings) {
    const shard = shards[shardOf(term, count)]
    shard.t[term] = list
    for (const doc of tops.get(term) ?? [])
      shard.c[doc] ??= cardRow(records[doc], cardText(text(doc), term))
  }
  // "does the query name this record?" — answered from the shard of the name's first term
  records.forEach((r, doc) => {
    if (!ANSWER_TYPES.includes(r.type)) return
    for (const name of new Set(r.names.map((k) => normalise(k).replace(/ /g, '')))) {
      const first = terms(name)[0]
      if (!first) continue
      const n = shards[shardOf(first, count)].n
      if (!n[name]?.includes(doc)) (n[name] ??= []).push(doc)
    }
  })
  return shards.map((s) => JSON.stringify(s))
}
