/** Shapes of the CMS export (.cache/site-data/*.json) that the pages read. */
import type { LocalizedValue } from './i18n'

type L = LocalizedValue
type LList = LocalizedValue<{ text: string }[]>
export type Citation = { source: string; location: string; quote?: string | null }
type Base = { id: number | string; slug: string; updatedAt: string; createdAt: string }

export type Town = Base & { name: L; kind: 'subdistrict' | 'town'; pinyin: string; order: number }
export type Policy = Base & {
  title: L; docNumber?: string | null; issuer: L; writtenDate?: string | null; publishedDate?: string | null
  indexNo?: string | null; topic: string; validity: 'current' | 'amended' | 'repealed' | 'draft'
  summary: L; body?: L; sourceFile?: string | null; citations?: Citation[]
}
export type Amount = { key: string; label: L; value: number; unit: string; from: string; to?: string | null; citation: Citation }
export type Programme = Base & {
  name: L; category: string; summary: L; whoCanApply: L; amounts?: Amount[]; documents?: LList
  where?: L; online?: L; steps?: LList; relatedPolicies?: (Policy | number | string)[]; citations?: Citation[]
}
export type Facility = Base & {
  name: L; kind: string; ownership?: string | null; town?: Town | null; address?: L; phone?: string | null
  starRating?: { stars?: number | null; year?: string | null; citation?: Citation | null } | null
  beds?: number | null; nursingBeds?: number | null
  medicalIntegration?: { enabled?: boolean | null; partner?: string | null } | null
  services?: LList; fees?: L; vacancies?: { count?: number | null; asOf?: string | null } | null
  summary: L; citations?: Citation[]
}
export type CharityProject = Base & { name: L; summary: L; body?: L; howToHelp?: L; citations?: Citation[] }
export type PlaceStory = Base & {
  standardName: string; pinyin: string; jyutping: string; english: string; town: Town | null
  certainty: 'established' | 'traditional' | 'uncertain'; story: L; sources?: { text: string }[]
}
export type Indicator = Base & {
  order: number; row: string; category: L; name: L; unit?: string | null
  actual2020?: L; target2023?: L; target2025?: L; jiangmen2025?: L; province2025?: L
  attribute?: 'expected' | 'binding' | null; note?: L; citation: Citation
}
export type SiteSettings = {
  updatedAt?: string
  hotline?: { number?: string | null; label: L }
  intro: L
  audiences?: { key: string; title: L; text: L; href: string }[]
}
