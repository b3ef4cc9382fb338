import { describe, expect, it } from 'vitest'
import { toRecords } from '../../../search/records'
import { fixture } from './fixture'

const records = toRecords(fixture())
const find = (id: string) => records.find((r) => r.id === id)!

describe('CMS export → search records (one mapping for both engines)', () => {
  it('one record per page per locale, with its URL in that locale', () => {
    expect(find('zh-CN_programme_tekun').url).toBe('/programmes/tekun/')
    expect(find('zh-Hant_programme_tekun').title).toBe('特困人員救助供養')
    expect(find('en_programme_tekun').url).toBe('/en/programmes/tekun/')
    expect(find('zh-CN_programme_tekun').updated).toBe('2026-12-01') // Kaiping date, not UTC
  })
  it('the direct answer carries the amount in force with its year and the questionnaire', () => {
    const a = find('zh-CN_programme_tekun').answer!
    expect(a.amount).toBe('农村基本生活标准：1,236 元/人·月 (2020年)')
    expect(a.eligibility).toBe('/eligibility/')
    expect(find('en_programme_tekun').answer!.eligibility).toBe('/en/eligibility/')
  })
  it('the plan full text becomes one record per section, linking to its heading', () => {
    const sections = records.filter((r) => r.type === 'plan-section' && r.locale === 'zh-CN')
    expect(sections.map((s) => s.url)).toEqual([
      '/policies/kaiping-14th-plan/',
      '/policies/kaiping-14th-plan/#sec-1',
      '/policies/kaiping-14th-plan/#sec-2',
    ])
    expect(sections[2].title).toMatch(/^一、社会组织 · /)
    expect(sections[2].body).toBe('社会组织党建工作持续推进。')
    // falls back to the master text where a locale has no body
    expect(records.filter((r) => r.type === 'plan-section' && r.locale === 'en')).toHaveLength(3)
  })
  it('places are found by pinyin, Jyutping and English name; facilities carry their 镇街', () => {
    const place = find('en_place_chikan')
    expect(place.title).toBe('Chikan Town')
    expect(place.keywords).toEqual(
      expect.arrayContaining(['赤坎镇', 'cek ham zan', 'chikan', 'Chikan Town', 'chikanzhen']),
    )
    const f = find('zh-CN_facility_chikan-yiyangyuan')
    expect(f.town).toBe('chikan')
    expect(f.townName).toBe('赤坎镇')
    expect(f.keywords).toContain('chikanzhen')
  })
  it('synonyms add the colloquial word to a record using the official one', () => {
    expect(find('zh-CN_facility_chikan-yiyangyuan').keywords).toContain('敬老院')
    expect(find('zh-CN_programme_tekun').keywords).not.toContain('敬老院')
  })
  it('ids are unique and safe for Meilisearch', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
    for (const r of records) expect(r.id).toMatch(/^[A-Za-z0-9_-]+$/)
  })
})

describe('names (when a query names a record, it gets the direct-answer card)', () => {
  it('are the title, the full pinyin and initials, other names and synonyms, not pinyin fragments', () => {
    const names = find('zh-CN_place_chikan').names
    expect(names).toEqual(expect.arrayContaining(['赤坎镇', 'chikanzhen', 'ckz', 'Chikan Town']))
    expect(names).not.toContain('kan')
    expect(find('zh-CN_facility_chikan-yiyangyuan').names).toContain('敬老院')
  })
})
