/** One zod schema per content type. A record file in content/<type>/ holds one record. */
import { z } from 'zod'
import { citation, localized, localizedAll, partialDate, slug, townSlug } from './common'

export const PROGRAMME_CATEGORIES = [
  'basic-living',
  'special-assistance',
  'emergency',
  'disability',
  'elderly',
  'children',
  'funeral',
  'marriage',
  'community',
] as const

export const AMOUNT_UNITS = [
  'yuan-per-person-month',
  'yuan-per-person-year',
  'yuan-per-month',
  'yuan-per-case',
  'yuan-per-household-case',
  'percent',
  'multiple-of-dibao',
  'years',
] as const

/** A dated parameter: one value in force from `from` until `to` (or until replaced). */
export const amount = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: localized,
  value: z.number(),
  unit: z.enum(AMOUNT_UNITS),
  from: partialDate,
  to: partialDate.optional(),
  citation,
})
export type Amount = z.infer<typeof amount>

export const programme = z.strictObject({
  slug,
  category: z.enum(PROGRAMME_CATEGORIES),
  name: localizedAll,
  summary: localizedAll,
  whoCanApply: localized,
  amounts: z.array(amount).default([]),
  documents: z.array(localized).default([]),
  where: localized.optional(),
  online: localized.optional(),
  steps: z.array(localized).default([]),
  relatedPolicies: z.array(slug).default([]),
  citations: z.array(citation).min(1),
})

export const POLICY_TOPICS = [
  'social-assistance',
  'elderly',
  'children',
  'charity',
  'social-work',
  'community',
  'funeral',
  'marriage',
  'place-names',
  'planning',
] as const
export const POLICY_VALIDITY = ['current', 'amended', 'repealed', 'expired', 'draft'] as const // expired: a plan whose period has ended (not repealed)
export const policy = z.strictObject({
  slug,
  title: localized,
  docNumber: z.string().optional(),
  issuer: localized,
  writtenDate: partialDate.optional(),
  publishedDate: partialDate.optional(),
  indexNo: z.string().optional(),
  topic: z.enum(POLICY_TOPICS),
  validity: z.enum(POLICY_VALIDITY),
  summary: localized,
  body: localized.optional().describe('Markdown; only text we actually hold'),
  sourceFile: z.string().optional().describe('content/sources/<file> holding the full text'),
  relatedProgrammes: z.array(slug).default([]),
  citations: z.array(citation).default([]),
})

export const FACILITY_KINDS = [
  'care-home',
  'regional-centre',
  'day-care',
  'home-care-station',
  'rural-happiness-home',
  'elder-canteen',
] as const
export const FACILITY_OWNERSHIPS = ['public', 'private', 'public-built-private-run'] as const
export const facility = z.strictObject({
  slug,
  name: localized,
  kind: z.enum(FACILITY_KINDS),
  ownership: z.enum(FACILITY_OWNERSHIPS).optional(),
  town: townSlug.optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  starRating: z
    .strictObject({ stars: z.number().int().min(1).max(5), year: partialDate.optional(), citation })
    .optional(),
  beds: z.number().int().nonnegative().optional(),
  nursingBeds: z.number().int().nonnegative().optional(),
  medicalIntegration: z.strictObject({ partner: z.string().optional() }).optional(),
  services: z.array(localized).default([]),
  fees: localized.optional(),
  vacancies: z
    .strictObject({ count: z.number().int().nonnegative(), asOf: partialDate })
    .optional(),
  summary: localized,
  citations: z.array(citation).min(1),
})

export const charityProject = z.strictObject({
  slug,
  name: localizedAll,
  summary: localizedAll,
  body: localizedAll.optional(),
  howToHelp: localizedAll.optional(),
  citations: z.array(citation).min(1),
})

export const placeStory = z.strictObject({
  slug,
  standardName: z.string().min(1),
  pinyin: z.string().min(1),
  jyutping: z.string().min(1),
  english: z.string().min(1),
  town: townSlug,
  certainty: z.enum(['established', 'traditional', 'uncertain']),
  story: localizedAll,
  sources: z.array(z.string()).default([]),
})

export const indicator = z.strictObject({
  slug,
  order: z.number().int().positive(),
  row: z.string().describe('序号 in the plan table, e.g. "5" or "5-半自理"'),
  category: localized,
  name: localized,
  unit: z.string().optional(),
  actual2020: z.string().optional(),
  target2023: z.string().optional(),
  target2025: z.string().optional(),
  jiangmen2025: z.string().optional(),
  province2025: z.string().optional(),
  attribute: z
    .enum(['expected', 'binding'])
    .optional()
    .describe('absent only where the source table gives no 指标属性 for the row (see note)'),
  note: localized.optional(),
  citation,
})

export const town = z.strictObject({
  slug: townSlug,
  kind: z.enum(['subdistrict', 'town']),
  name: localizedAll,
  pinyin: z.string().min(1),
  order: z.number().int().positive(),
})

export const site = z.strictObject({
  hotline: z.strictObject({ number: z.string().optional(), label: localizedAll }),
  intro: localizedAll,
  /** Shown on every page (Base.astro) while the figures are the plan's 2020 ones; omit = none. */
  notice: localizedAll.optional(),
  audiences: z
    .array(z.strictObject({ key: slug, title: localizedAll, text: localizedAll, href: z.string() }))
    .min(3),
})

export const SCHEMAS = {
  towns: town,
  policies: policy,
  programmes: programme,
  facilities: facility,
  'charity-projects': charityProject,
  'place-stories': placeStory,
  indicators: indicator,
} as const
export type ContentType = keyof typeof SCHEMAS
export type Programme = z.infer<typeof programme>
export type Policy = z.infer<typeof policy>
export type Facility = z.infer<typeof facility>
export type CharityProject = z.infer<typeof charityProject>
export type PlaceStory = z.infer<typeof placeStory>
export type Indicator = z.infer<typeof indicator>
export type Town = z.infer<typeof town>
export type SiteSettings = z.infer<typeof site>
