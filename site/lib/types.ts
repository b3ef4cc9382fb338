/** Shapes of the CMS export (.cache/site-data/*.json) that the pages read. */
import type { LocalizedValue } from './i18n'

type L = LocalizedValue
type LList = LocalizedValue<{ text: string }[]>
export type Citation = { source: string; location: string; quote?: string | null }
type Base = { id: number | string; slug: string; updatedAt: string; createdAt: string }

export type MediaSize = { url?: string | null; width?: number | null; height?: number | null }
/** An upload; a bare id when the public may not read it. URLs point to the site's /media/. */
export type Media = {
  id: number | string
  url?: string | null
  alt: L
  credit?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  sizes?: { thumbnail?: MediaSize; card?: MediaSize; wide?: MediaSize } | null
}
type Uploads = (Media | number | string)[] | null

export type Town = Base & { name: L; kind: 'subdistrict' | 'town'; pinyin: string; order: number }
export type Policy = Base & {
  title: L
  docNumber?: string | null
  issuer: L
  writtenDate?: string | null
  publishedDate?: string | null
  indexNo?: string | null
  topic: string
  validity: 'current' | 'amended' | 'repealed' | 'draft'
  summary: L
  body?: L
  sourceFile?: string | null
  citations?: Citation[]
  attachments?: Uploads
}
export type Amount = {
  key: string
  label: L
  value: number
  unit: string
  from: string
  to?: string | null
  citation: Citation
}
export type Programme = Base & {
  name: L
  category: string
  summary: L
  whoCanApply: L
  amounts?: Amount[]
  documents?: LList
  where?: L
  online?: L
  steps?: LList
  relatedPolicies?: (Policy | number | string)[]
  citations?: Citation[]
}
export type Facility = Base & {
  name: L
  kind: string
  ownership?: string | null
  town?: Town | null
  address?: L
  phone?: string | null
  starRating?: { stars?: number | null; year?: string | null; citation?: Citation | null } | null
  beds?: number | null
  nursingBeds?: number | null
  medicalIntegration?: { enabled?: boolean | null; partner?: string | null } | null
  services?: LList
  fees?: L
  vacancies?: { count?: number | null; asOf?: string | null } | null
  summary: L
  citations?: Citation[]
  photos?: Uploads
}
export type CharityProject = Base & {
  name: L
  summary: L
  body?: L
  howToHelp?: L
  citations?: Citation[]
  images?: Uploads
}
export type PlaceStory = Base & {
  standardName: string
  pinyin: string
  jyutping: string
  english: string
  town: Town | null
  certainty: 'established' | 'traditional' | 'uncertain'
  story: L
  sources?: { text: string }[]
  images?: Uploads
}
export type Indicator = Base & {
  order: number
  row: string
  category: L
  name: L
  unit?: string | null
  actual2020?: L
  target2023?: L
  target2025?: L
  jiangmen2025?: L
  province2025?: L
  attribute?: 'expected' | 'binding' | null
  note?: L
  citation: Citation
}
export type SiteSettings = {
  updatedAt?: string
  hotline?: { number?: string | null; label: L }
  intro: L
  notice?: L | null
  audiences?: { key: string; title: L; text: L; href: string }[]
}
