/**
 * Shapes of the CMS export (.cache/site-data/*.json) that the pages read, derived from the
 * types Payload generates from the collections (cms/payload-types.ts, `npm run generate:types`)
 * — not written a second time. What the export changes is stated here once: it reads every
 * locale at once (a localized field holds one value per locale), renders rich text to HTML,
 * populates relationships one level deep, resolves a citation's source to the policy's slug and
 * drops the content hash.
 */
import type * as Cms from '../../cms/payload-types'
import type { LocalizedValue } from './i18n'

type L = LocalizedValue
type Row<T> = NonNullable<T> extends (infer R)[] ? R : never

/**
 * A CMS document as exported: `Loc` fields hold one value per locale, `Rich` fields one HTML
 * string per locale, and `Over` replaces what the export resolves.
 */
type Exported<T, Loc extends keyof T = never, Rich extends keyof T = never, Over = unknown> = Omit<
  T,
  Loc | Rich | keyof Over | 'contentHash'
> & { [K in Loc]?: LocalizedValue<NonNullable<T[K]>> } & { [K in Rich]?: L } & Over

/** Where a figure comes from; `source` is the cited policy's slug (null: not public). */
export type Citation = { source: string | null; location: string; quote?: string | null }
type Cited = { citations?: Citation[] | null }

export type Media = Exported<Cms.Media, 'alt'>
/** Uploads; a bare id when the public may not read the file. URLs point to the site's /media/. */
type Uploads = (Media | number)[] | null

/** cms/fields/withdrawal.ts; the export sets `withdrawn` and populates `replacedBy`. */
export type Withdrawable<Replacement> = {
  withdrawn?: boolean
  replacedBy?: Replacement | number | null
}

export type Town = Exported<Cms.Town, 'name'>
export type Policy = Exported<
  Cms.Policy,
  'title' | 'issuer' | 'summary' | 'withdrawalReason',
  'body',
  Cited & { attachments?: Uploads; relatedProgrammes?: never } & Withdrawable<{
      id: number
      slug: string
      title: L
    }>
>
export type Amount = Exported<Row<Cms.Programme['amounts']>, 'label', never, { citation: Citation }>
export type Programme = Exported<
  Cms.Programme,
  | 'name'
  | 'summary'
  | 'whoCanApply'
  | 'where'
  | 'online'
  | 'documents'
  | 'steps'
  | 'withdrawalReason',
  never,
  Cited & {
    amounts?: Amount[] | null
    relatedPolicies?: (Policy | number)[] | null
  } & Withdrawable<{ id: number; slug: string; name: L }>
>
export type Facility = Exported<
  Cms.Facility,
  'name' | 'address' | 'fees' | 'summary' | 'services',
  never,
  Cited & {
    town?: Town | null
    photos?: Uploads
    starRating?: Omit<NonNullable<Cms.Facility['starRating']>, 'citation'> & {
      citation?: Partial<Citation> | null
    }
  }
>
export type CharityProject = Exported<
  Cms.CharityProject,
  'name' | 'summary',
  'body' | 'howToHelp',
  Cited & { images?: Uploads }
>
export type PlaceStory = Exported<
  Cms.PlaceStory,
  never,
  'story',
  { town: Town | null; images?: Uploads }
>
export type Indicator = Exported<
  Cms.Indicator,
  | 'category'
  | 'name'
  | 'note'
  | 'actual2020'
  | 'target2023'
  | 'target2025'
  | 'jiangmen2025'
  | 'province2025',
  never,
  { citation: Citation }
>
export type SiteSettings = Exported<
  Cms.SiteSetting,
  'intro' | 'notice',
  never,
  {
    hotline?: Exported<NonNullable<Cms.SiteSetting['hotline']>, 'label'>
    audiences?: Exported<Row<Cms.SiteSetting['audiences']>, 'title' | 'text'>[] | null
  }
>
