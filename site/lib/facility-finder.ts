/**
 * The care-home finder's filters as data: which values a facility has for each filter, which
 * options each filter offers, and the CSS that filters the pre-rendered cards without JavaScript.
 *
 * Design (static host, no server to read a query string): every card is in the HTML; each filter
 * is a <select>. A build-time stylesheet says, per card, "hide this card unless every select is
 * on 全部 or on one of this card's values" using :has(option:checked), so filtering works with
 * JavaScript off. A few lines of inline script add the filter to the URL (shareable), read it
 * back on load, and name the filter to drop when nothing matches.
 */
import { FACILITY_KINDS, FACILITY_OWNERSHIPS } from '../../content/schema/records'
import type { UiKey } from './i18n'
import type { Facility, Town } from './types'

export const FILTERS = [
  'town',
  'kind',
  'ownership',
  'stars',
  'medical',
  'nursing',
  'fee',
  'vacancy',
] as const
export type FilterKey = (typeof FILTERS)[number]

/** The UI string naming each filter. */
export const FILTER_LABEL = {
  town: 'facility.town',
  kind: 'facility.kind',
  ownership: 'facility.ownership',
  stars: 'facility.stars',
  medical: 'facility.medical',
  nursing: 'finder.nursing',
  fee: 'finder.fee',
  vacancy: 'finder.vacancy',
} as const satisfies Record<FilterKey, UiKey>

/** Monthly fee bands in yuan: [from, to). A UI grouping, not a fact about any home. */
export const FEE_BANDS = [
  { key: 'lt2000', from: 0, to: 2000 },
  { key: '2000-3999', from: 2000, to: 4000 },
  { key: '4000-5999', from: 4000, to: 6000 },
  { key: 'ge6000', from: 6000, to: Infinity },
] as const

/** The values of `f` a filter matches; an empty list means unknown (暂无) for that filter. */
export function facetValues(f: Facility): Record<FilterKey, string[]> {
  const stars = f.starRating?.stars ?? 0
  const fee = f.monthlyFee
  const hasFee = fee?.min != null && fee?.max != null
  return {
    town: f.town?.slug ? [f.town.slug] : [],
    kind: [f.kind],
    ownership: f.ownership ? [f.ownership] : [],
    // "3" means "3 stars or more": a 4-star home matches 1, 2, 3 and 4
    stars: Array.from({ length: stars }, (_, i) => String(i + 1)),
    medical: f.medicalIntegration?.enabled ? ['yes'] : [],
    nursing: (f.nursingBeds ?? 0) > 0 ? ['yes'] : [],
    fee: hasFee
      ? FEE_BANDS.filter((b) => fee.min! < b.to && fee.max! >= b.from).map((b) => b.key)
      : [],
    vacancy: (f.vacancies?.count ?? 0) > 0 ? ['yes'] : [],
  }
}

/** Option values per filter ('' = 全部 comes first in the page, not here). */
export function filterOptions(towns: Town[]): Record<FilterKey, string[]> {
  return {
    town: [...towns].sort((a, b) => a.order - b.order).map((t) => t.slug),
    kind: [...FACILITY_KINDS],
    ownership: [...FACILITY_OWNERSHIPS],
    stars: ['1', '2', '3', '4', '5'],
    medical: ['yes'],
    nursing: ['yes'],
    fee: FEE_BANDS.map((b) => b.key),
    vacancy: ['yes'],
  }
}

export type FilterState = Partial<Record<FilterKey, string>>

/** Does a facility pass every chosen filter? (The same rule the stylesheet encodes.) */
export const matches = (values: Record<FilterKey, string[]>, state: FilterState) =>
  FILTERS.every((k) => !state[k] || values[k].includes(state[k]))

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`

/**
 * The no-JavaScript filtering rules. `cardId(i)` is the id of the i-th card's element; the selects
 * have ids `f-<filter>`. A card is hidden unless each select's checked option is 全部 ('') or one
 * of the card's values; the no-match note shows when no card qualifies.
 */
export function finderCss(cards: Record<FilterKey, string[]>[], cardId: (i: number) => string) {
  const qualifies = cards.map((values) =>
    FILTERS.map(
      (k) =>
        `:has(#f-${k}>:is(${['', ...values[k]]
          .map((v) => `[value=${cssString(v)}]`)
          .join(',')}):checked)`,
    ).join(''),
  )
  const rules = qualifies.map((q, i) => `.finder:not(${q}) #${cardId(i)}{display:none}`)
  if (qualifies.length > 0) {
    rules.push(
      `.finder:not(${qualifies.map((q) => `:is(${q})`).join(',')}) .no-match{display:block}`,
    )
  } else rules.push('.finder .no-match{display:block}')
  // without JavaScript, the note offers to reset each filter that is in use
  for (const k of FILTERS) {
    rules.push(`.finder:has(#f-${k}>[value=""]:not(:checked)) .drop-${k}{display:list-item}`)
  }
  return rules.join('\n')
}
