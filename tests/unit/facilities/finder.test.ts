import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalise } from '../../../content/schema/load'
import { STAR_PARAGRAPHS, VISIT_QUESTIONS } from '../../../site/lib/choosing-well'
import { FILTERS, facetValues, finderCss, matches } from '../../../site/lib/facility-finder'
import { LANGS, t } from '../../../site/lib/i18n'
import type { Facility } from '../../../site/lib/types'

const base = { id: 1, slug: 'a', createdAt: '', updatedAt: '', name: {}, summary: {} }
const unknown: Facility = { ...base, kind: 'care-home' }
const filled: Facility = {
  ...base,
  slug: 'b',
  kind: 'care-home',
  ownership: 'private',
  town: {
    id: 3,
    slug: 'chikan',
    name: {},
    kind: 'town',
    pinyin: '',
    order: 1,
    createdAt: '',
    updatedAt: '',
  },
  starRating: { stars: 3 },
  nursingBeds: 20,
  medicalIntegration: { enabled: true },
  monthlyFee: { min: 1800, max: 4200 },
  vacancies: { count: 2, asOf: '2026-06' },
}

describe('care-home finder filters', () => {
  it('a home with nothing known matches only its kind; unknown never passes a filter', () => {
    const v = facetValues(unknown)
    expect(matches(v, {})).toBe(true)
    expect(matches(v, { kind: 'care-home' })).toBe(true)
    for (const [k, value] of [
      ['town', 'chikan'],
      ['stars', '1'],
      ['medical', 'yes'],
      ['nursing', 'yes'],
      ['fee', 'lt2000'],
      ['vacancy', 'yes'],
    ] as const)
      expect(matches(v, { [k]: value }), k).toBe(false)
  })

  it('stars mean "at least", fee bands overlap the monthly range, zero beds is not "has"', () => {
    const v = facetValues(filled)
    expect(matches(v, { stars: '3' })).toBe(true)
    expect(matches(v, { stars: '4' })).toBe(false)
    expect(v.fee).toEqual(['lt2000', '2000-3999', '4000-5999'])
    expect(matches(v, { fee: 'ge6000' })).toBe(false)
    expect(matches(v, { town: 'chikan', medical: 'yes', vacancy: 'yes', nursing: 'yes' })).toBe(
      true,
    )
    expect(facetValues({ ...filled, nursingBeds: 0, vacancies: { count: 0 } }).nursing).toEqual([])
  })

  it('the no-JavaScript stylesheet has one rule per card and a no-match rule over all cards', () => {
    const css = finderCss([facetValues(unknown), facetValues(filled)], (i) => `c${i}`)
    expect(css).toContain('#c0{display:none}')
    expect(css).toContain('#c1{display:none}')
    expect(css).toContain('[value="chikan"]')
    expect(css).toMatch(/\.no-match\{display:block\}/)
    for (const k of FILTERS) expect(css).toContain(`.drop-${k}{display:list-item}`)
  })
})

describe('choosing well', () => {
  const plan = normalise(readFileSync('content/sources/kaiping-14th-plan-2021-09.txt', 'utf8'))
  it('every star-rating statement cites a verbatim quote from the plan', () => {
    for (const p of STAR_PARAGRAPHS) expect(plan).toContain(normalise(p.citation.quote ?? '∅'))
  })
  it('every question is written in the three locales and names its standard', () => {
    for (const q of VISIT_QUESTIONS) {
      expect(['gb-38600-2019', 'gbt-35796-2017']).toContain(q.standard)
      for (const lang of LANGS) expect(t(lang, q.text).length).toBeGreaterThan(10)
    }
  })
})
