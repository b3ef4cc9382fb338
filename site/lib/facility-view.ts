/**
 * What a visitor reads about a facility, as text per locale: one definition shared by the finder's
 * cards, the comparison and the detail page. `undefined` means unknown, shown as 暂无.
 */
import { lastUpdated } from './data'
import { partialDate } from './format'
import { t, txt, type Lang, type UiKey } from './i18n'
import type { Facility } from './types'

type Text = string | undefined
const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')

export const kindText = (f: Facility, lang: Lang) => t(lang, `kind.${f.kind}` as UiKey)
export const townText = (f: Facility, lang: Lang): Text =>
  f.town ? txt(f.town.name, lang) : undefined
export const ownershipText = (f: Facility, lang: Lang): Text =>
  f.ownership ? t(lang, `ownership.${f.ownership}` as UiKey) : undefined

export function starsText(f: Facility, lang: Lang): Text {
  const stars = f.starRating?.stars
  if (!stars) return undefined
  const year = partialDate(f.starRating?.year, lang)
  return t(lang, 'facility.starsValue', { n: stars }) + (year ? `（${year}）` : '')
}

export const bedsText = (n: number | null | undefined, lang: Lang): Text =>
  n == null ? undefined : num(n, lang)

export const medicalText = (f: Facility, lang: Lang): Text =>
  f.medicalIntegration?.enabled
    ? (f.medicalIntegration.partner ?? t(lang, 'facility.yes'))
    : undefined

export function monthlyFeeText(f: Facility, lang: Lang): Text {
  const fee = f.monthlyFee
  if (fee?.min == null || fee?.max == null) return undefined
  const range =
    fee.min === fee.max ? num(fee.min, lang) : `${num(fee.min, lang)}–${num(fee.max, lang)}`
  return t(lang, 'facility.monthlyFeeValue', { range })
}

export function vacanciesText(f: Facility, lang: Lang): Text {
  const v = f.vacancies
  if (v?.count == null) return undefined
  const asOf = partialDate(v.asOf, lang)
  return asOf ? `${num(v.count, lang)}（${t(lang, 'facility.asOf')} ${asOf}）` : num(v.count, lang)
}

/** The date what a card shows is as of: the vacancy date when there is one, else the record's. */
/** The date a card's data is as of: shown in the page's words, `iso` for <time datetime>. */
export function asOfText(f: Facility, lang: Lang): { label: string; date: string; iso: string } {
  const iso = f.vacancies?.asOf
  const asOf = partialDate(iso, lang)
  if (iso && asOf) return { label: t(lang, 'facility.asOf'), date: asOf, iso }
  const updated = lastUpdated(f)
  return { label: t(lang, 'finder.updated'), date: updated, iso: updated }
}

/** The comparison's rows, in order: a label and each home's text. */
export function compareRows(
  f: Facility,
  lang: Lang,
): { key: string; label: string; value: Text }[] {
  const row = (key: UiKey, value: Text) => ({ key, label: t(lang, key), value })
  return [
    row('facility.kind', kindText(f, lang)),
    row('facility.ownership', ownershipText(f, lang)),
    row('facility.town', townText(f, lang)),
    row('facility.stars', starsText(f, lang)),
    row('facility.beds', bedsText(f.beds, lang)),
    row('facility.nursingBeds', bedsText(f.nursingBeds, lang)),
    row('facility.medical', medicalText(f, lang)),
    row('facility.monthlyFee', monthlyFeeText(f, lang)),
    row('facility.fees', txt(f.fees, lang) || undefined),
    row('facility.vacancies', vacanciesText(f, lang)),
    row('facility.address', txt(f.address, lang) || undefined),
    row('facility.phone', f.phone ?? undefined),
    row('finder.updated', lastUpdated(f)),
  ]
}
