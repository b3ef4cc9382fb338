/**
 * The static engine's query side (browser and Node): fetches only the shards a query's terms
 * hash to, ranks by summed field scores, requires every term (then falls back to the pinyin of
 * a mistyped character, then to most terms), and counts results per type and 镇街. The result
 * cards of the first page come with those shards (cards.ts); other results are fetched one by one.
 */
import { isCjk, normalise, terms } from '../normalise'
import { closest } from './fuzzy'
import {
  shardOf,
  type CardRow,
  type DocFragment,
  type IndexMeta,
  type ResultCard,
  type Shard,
  type Vocab,
} from './format'

export type Fetcher = (path: string) => Promise<unknown>
export type Filters = { types?: string[]; towns?: string[] }
export type Mode = 'all' | 'pinyin' | 'partial'
export type Outcome = {
  /** documents in rank order, after filters */
  docs: number[]
  /** counts per type and per town slug, each with the other filter applied */
  typeCounts: Record<string, number>
  townCounts: Record<string, number>
  towns: IndexMeta['towns']
  mode: Mode
  /** the query's terms, for highlighting */
  terms: string[]
  /** a title to suggest when nothing matched */
  suggestion?: string
  /** documents the query names (one of their names, normalised): they get the answer card */
  named: number[]
}

/** What the search page needs from an engine (static index or Meilisearch). */
export interface SearchEngine {
  search(q: string, filters?: Filters): Promise<Outcome>
  /** what result `n` of the last search shows */
  card(n: number): Promise<ResultCard>
}

/** A result card from a fetched document. */
export const fragmentCard = (d: DocFragment): ResultCard => ({
  type: d.type,
  title: d.title,
  url: d.url,
  text: d.summary || d.body,
  townName: d.townName,
  updated: d.updated,
  answer: d.answer,
})

export class StaticIndex implements SearchEngine {
  private meta?: Promise<IndexMeta>
  private shards = new Map<number, Promise<Shard>>()
  private pinyin?: Promise<Map<string, string>>
  private vocab?: Promise<Vocab>
  /** the cards that came with the last search's shards */
  private cards = new Map<number, CardRow>()

  constructor(
    /** e.g. "/search/zh-CN" */
    private readonly base: string,
    private readonly root: string,
    private readonly fetch: Fetcher,
  ) {}

  private getMeta() {
    return (this.meta ??= this.fetch(`${this.base}/meta.json`) as Promise<IndexMeta>)
  }

  private async shard(term: string): Promise<Shard> {
    const meta = await this.getMeta()
    const k = shardOf(term, meta.shards)
    if (!this.shards.has(k))
      this.shards.set(k, this.fetch(`${this.base}/s/${k}.json`) as Promise<Shard>)
    return this.shards.get(k)!
  }

  private async postings(term: string): Promise<Map<number, number>> {
    const list = (await this.shard(term)).t[term] ?? []
    const out = new Map<number, number>()
    for (let i = 0; i < list.length; i += 2) out.set(list[i], list[i + 1])
    return out
  }

  /** Documents with every term, scored by the sum of their term scores. */
  private async all(ts: string[]): Promise<Map<number, number>> {
    const lists = await Promise.all(ts.map((t) => this.postings(t)))
    lists.sort((a, b) => a.size - b.size)
    const out = new Map<number, number>()
    for (const [doc, s] of lists[0] ?? []) {
      let sum = s
      if (lists.every((l, i) => i === 0 || (l.has(doc) && (sum += l.get(doc)!)))) out.set(doc, sum)
    }
    return out
  }

  /** Documents with at least half the terms. */
  private async most(ts: string[]): Promise<Map<number, number>> {
    const lists = await Promise.all(ts.map((t) => this.postings(t)))
    const hits = new Map<number, { n: number; s: number }>()
    for (const l of lists)
      for (const [doc, s] of l) {
        const h = hits.get(doc) ?? { n: 0, s: 0 }
        hits.set(doc, { n: h.n + 1, s: h.s + s })
      }
    const need = Math.max(1, Math.ceil(ts.length / 2))
    return new Map([...hits].filter(([, h]) => h.n >= need).map(([d, h]) => [d, h.s * h.n]))
  }

  private async toPinyin(text: string): Promise<string> {
    this.pinyin ??= (
      this.fetch(`${this.root}/pinyin.json`) as Promise<Record<string, string>>
    ).then((table) => {
      const m = new Map<string, string>()
      for (const [sy, chars] of Object.entries(table)) for (const c of chars) m.set(c, sy)
      return m
    })
    const map = await this.pinyin
    return [...text].map((c) => (isCjk(c) ? (map.get(c) ?? '') : c.trim())).join('')
  }

  async search(q: string, filters: Filters = {}): Promise<Outcome> {
    const meta = await this.getMeta()
    const norm = normalise(q)
    const ts = [...new Set(terms(norm))]
    let mode: Mode = 'all'
    /** the terms whose shards were read: their cards are this search's */
    const read = [...ts]
    let scores = ts.length ? await this.all(ts) : new Map<number, number>()
    const latinWords = norm.split(' ').filter((w) => w && !isCjk(w[0]))
    if (latinWords.length > 1 && latinWords.length === norm.split(' ').length) {
      // "yang lao" also as "yanglao"
      read.push(latinWords.join(''))
      for (const [d, s] of await this.postings(latinWords.join('')))
        scores.set(d, (scores.get(d) ?? 0) + s * 2)
    }
    let suggestion: string | undefined
    if (scores.size === 0 && norm) {
      const py = [...norm].some(isCjk) ? await this.toPinyin(norm) : norm.replace(/ /g, '')
      if (py !== norm) {
        read.push(py)
        scores = await this.postings(py)
        if (scores.size) mode = 'pinyin'
      }
      if (scores.size === 0 && py.length >= 4) {
        this.vocab ??= this.fetch(`${this.base}/vocab.json`) as Promise<Vocab>
        const doc = closest(py, await this.vocab)
        if (doc !== undefined) {
          const frag = await this.doc(doc)
          suggestion = frag.title
        }
      }
    }
    if (scores.size === 0 && ts.length > 1) {
      scores = await this.most(ts)
      if (scores.size) mode = 'partial'
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([d]) => d)
    const typeOk = (d: number) =>
      !filters.types?.length || filters.types.includes(meta.types[meta.dt[d]])
    const townOk = (d: number) =>
      !filters.towns?.length ||
      (meta.dn[d] >= 0 && filters.towns.includes(meta.towns[meta.dn[d]].slug))
    const typeCounts: Record<string, number> = {}
    const townCounts: Record<string, number> = {}
    for (const d of ranked) {
      if (townOk(d))
        typeCounts[meta.types[meta.dt[d]]] = (typeCounts[meta.types[meta.dt[d]]] ?? 0) + 1
      if (typeOk(d) && meta.dn[d] >= 0) {
        const slug = meta.towns[meta.dn[d]].slug
        townCounts[slug] = (townCounts[slug] ?? 0) + 1
      }
    }
    const shards = await Promise.all(read.map((t) => this.shard(t)))
    this.cards = new Map()
    for (const s of shards)
      for (const [d, row] of Object.entries(s.c))
        if (!this.cards.has(Number(d))) this.cards.set(Number(d), row)
    // a name is kept in the shard of its first term, which this query has read when it is one
    const name = norm.replace(/ /g, '')
    const first = terms(name)[0]
    const named = first && read.includes(first) ? ((await this.shard(first)).n[name] ?? []) : []
    return {
      docs: ranked.filter((d) => typeOk(d) && townOk(d)),
      typeCounts,
      townCounts,
      towns: meta.towns,
      mode,
      terms: ts,
      suggestion,
      named,
    }
  }

  async card(n: number): Promise<ResultCard> {
    const row = this.cards.get(n)
    if (!row) return fragmentCard(await this.doc(n))
    const meta = await this.getMeta()
    const [title, url, updated, text, amount, eligibility] = row
    return {
      type: meta.types[meta.dt[n]],
      title,
      url,
      text,
      townName: meta.dn[n] >= 0 ? meta.towns[meta.dn[n]].name : undefined,
      updated,
      answer: amount || eligibility ? { amount, eligibility } : undefined,
    }
  }

  private docs = new Map<number, Promise<DocFragment>>()

  /** A whole document (one request each). */
  doc(n: number): Promise<DocFragment> {
    if (!this.docs.has(n))
      this.docs.set(n, this.fetch(`${this.base}/d/${n}.json`) as Promise<DocFragment>)
    return this.docs.get(n)!
  }
}
