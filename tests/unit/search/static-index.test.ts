import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { toRecords } from '../../../search/records'
import { buildLocaleIndex, buildStaticIndex } from '../../../search/static/build'
import { StaticIndex } from '../../../search/static/query'
import type { SearchRecord } from '../../../search/types'
import { fixture } from './fixture'

const out = mkdtempSync(path.join(tmpdir(), 'search-index-'))
buildStaticIndex(toRecords(fixture()), out)
afterAll(() => rmSync(out, { recursive: true, force: true }))

const fetched: string[] = []
const fetcher = async (p: string) => {
  fetched.push(p)
  return JSON.parse(readFileSync(path.join(out, p), 'utf8'))
}
const index = (lang: string) => new StaticIndex(`/search/${lang}`, '/search', fetcher)
async function titles(lang: string, q: string, filters = {}) {
  const idx = index(lang)
  const o = await idx.search(q, filters)
  return { o, titles: await Promise.all(o.docs.map(async (d) => (await idx.doc(d)).title)) }
}

describe('the static index', () => {
  it('finds Traditional text by a Simplified query and the reverse', async () => {
    expect((await titles('zh-Hant', '特困人员')).titles[0]).toBe('特困人員救助供養')
    expect((await titles('zh-CN', '特困人員')).titles[0]).toBe('特困人员救助供养')
  })
  it('finds titles by pinyin (joined, spaced, toned) and by initials', async () => {
    for (const q of ['tekun', 'te kun', 'tè kùn', 'tkry', 'TKRYJZGY'])
      expect((await titles('zh-CN', q)).titles[0], q).toBe('特困人员救助供养')
  })
  it('finds a place by Jyutping and English name on every locale', async () => {
    expect((await titles('zh-CN', 'cek3 ham2')).titles).toContain('赤坎镇')
    expect((await titles('en', 'cekham')).titles).toContain('Chikan Town')
    expect((await titles('zh-Hant', 'chikan town')).titles).toContain('赤坎镇')
  })
  it('finds a section of the plan, a synonym, and a wrong character by its pinyin', async () => {
    const plan = await titles('zh-CN', '党建')
    expect(plan.titles[0]).toMatch(/^一、社会组织/)
    expect((await titles('zh-CN', '敬老院')).titles).toEqual(['赤坎颐养院'])
    const miss = await titles('zh-CN', '特困人圆')
    expect(miss.o.mode).toBe('pinyin')
    expect(miss.titles[0]).toBe('特困人员救助供养')
  })
  it('suggests a title for a pinyin typo, and finds nothing for nonsense', async () => {
    const typo = await titles('zh-CN', 'tekkun')
    expect(typo.titles).toEqual([])
    expect(typo.o.suggestion).toBe('特困人员救助供养')
    expect((await titles('zh-CN', 'qqzzxx')).o.suggestion).toBeUndefined()
  })
  it('counts and filters by type and 镇街', async () => {
    const all = await titles('zh-CN', '赤坎')
    expect(all.o.typeCounts).toEqual({ facility: 1, place: 1 })
    expect(all.o.townCounts).toEqual({ chikan: 2 })
    const f = await titles('zh-CN', '赤坎', { types: ['facility'], towns: ['chikan'] })
    expect(f.titles).toEqual(['赤坎颐养院'])
    expect(f.o.townCounts).toEqual({ chikan: 1 })
    expect(f.o.typeCounts).toEqual({ facility: 1, place: 1 })
  })
  it('fetches only the shards of the query terms; the first page comes with them', async () => {
    fetched.length = 0
    const idx = index('zh-CN')
    const o = await idx.search('养老机构')
    expect(fetched.every((p) => /\/(meta|s\/\d+)\.json$/.test(p))).toBe(true)
    const cards = await Promise.all(o.docs.slice(0, 10).map((d) => idx.card(d)))
    expect(fetched.filter((p) => p.includes('/d/'))).toEqual([])
    // the card shows what the whole document would
    const doc = await idx.doc(o.docs[0])
    expect(cards[0]).toMatchObject({ title: doc.title, url: doc.url, type: doc.type })
    expect(cards[0].text).toBe(doc.summary || doc.body)
  })
  it('fetches results beyond the first page of cards one by one', async () => {
    // 25 records sharing only 养老: the cards in its shard cover its best 10
    const dir = path.join(out, 'many')
    const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水'
    const records: SearchRecord[] = [...chars].map((c, i) => ({
      id: `r${i}`,
      type: 'charity',
      locale: 'zh-CN',
      page: `charity/r${i}`,
      title: `养老${c}`,
      summary: '',
      body: '',
      url: `/charity/r${i}/`,
      updated: '2026-11-30',
      keywords: [],
      names: [],
    }))
    buildLocaleIndex(records, path.join(dir, 'search', 'zh-CN'))
    const got: string[] = []
    const idx = new StaticIndex('/search/zh-CN', '/search', async (p) => {
      got.push(p)
      return JSON.parse(readFileSync(path.join(dir, p), 'utf8'))
    })
    const o = await idx.search('养老')
    expect(o.docs).toHaveLength(25)
    got.length = 0
    const cards = await Promise.all(o.docs.slice(0, 12).map((d) => idx.card(d)))
    expect(cards.map((c) => c.title)).toEqual(o.docs.slice(0, 12).map((d) => records[d].title))
    expect(got).toEqual(o.docs.slice(10, 12).map((d) => `/search/zh-CN/d/${d}.json`))
  })
  it('a card of a long text shows the part around the matched term', async () => {
    const idx = index('zh-CN')
    const o = await idx.search('党建')
    expect((await idx.card(o.docs[0])).text).toContain('党建')
  })
  it('knows when a query names a record (title, pinyin, initials, synonym)', async () => {
    const idx = index('zh-CN')
    for (const q of ['TKRYJZGY', 'te kun ren yuan jiu zhu gong yang', '特困人員救助供養']) {
      const o = await idx.search(q)
      expect(o.named, q).toContain(o.docs[0])
    }
    expect((await idx.search('特困')).named).toEqual([])
  })
})
