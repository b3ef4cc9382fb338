/** The one search record shape, shared by the static index and Meilisearch. */
import type { Lang } from '../site/lib/i18n'

export const RECORD_TYPES = [
  'programme',
  'facility',
  'policy',
  'plan-section',
  'charity',
  'place',
  'indicator',
] as const
export type RecordType = (typeof RECORD_TYPES)[number]

/** A direct answer shown above the results when a query names the record. */
export type Answer = {
  /** e.g. "每月 1,030 元（2020年）", already in the record's locale; empty when unknown */
  amount?: string
  /** site-relative link to the eligibility questionnaire when the record is a programme */
  eligibility?: string
}

export type SearchRecord = {
  /** unique across locales: `<locale>_<type>_<slug>[_anchor]` (Meilisearch-safe) */
  id: string
  type: RecordType
  locale: Lang
  /** the CMS document behind it, `<collection>/<slug>`: what a publish replaces or removes */
  page: string
  title: string
  summary: string
  /** plain text for matching and excerpts */
  body: string
  /** site-relative, with `#anchor` when the hit is a section of a long page */
  url: string
  /** town slug (镇街) and its name in this locale */
  town?: string
  townName?: string
  category?: string
  /** YYYY-MM-DD */
  updated: string
  /** generated: pinyin, initials, Jyutping, English names, synonyms */
  keywords: string[]
  /** what naming this record looks like (title, full pinyin, initials, other names, synonyms):
   * a query equal to one of them gets the direct-answer card */
  names: string[]
  answer?: Answer
}
