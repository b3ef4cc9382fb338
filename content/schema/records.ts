/** One zod schema per content type. A record file in content/<type>/ holds one record. */
import { z } from 'zod'
import { citation, localized, localizedAll, partialDate, slug, townSlug } from './common'
import { valuesOf } from './vocabulary'

// Option values come from the shared vocabulary (labels for the CMS and the site live there too)
export const PROGRAMME_CATEGORIES = valuesOf('category')
export const AMOUNT_UNITS = valuesOf('unit')
export const POLICY_TOPICS = valuesOf('topic')
export const POLICY_VALIDITY = valuesOf('validity')
export const FACILITY_KINDS = valuesOf('kind')
export const FACILITY_OWNERSHIPS = valuesOf('ownership')
export const PLACE_CERTAINTY = valuesOf('certainty')
export const INDICATOR_ATTRIBUTES = valuesOf('attribute')
export const TOWN_KINDS = valuesOf('townKind')

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

/**
 * Withdrawn, not removed: the record stays at its URL with a notice (kind, date, reason and
 * what replaced it), and leaves lists and search. A removed record is deleted instead.
 */
export const WITHDRAWAL_KINDS = valuesOf('withdrawalKind') // 已废止 / 已修订 / 已停止
export const withdrawal = z.strictObject({
  kind: z.enum(WITHDRAWAL_KINDS),
  date: partialDate,
  reason: localized,
  replacedBy: slug.optional().describe('slug of the record of the same type that replaced it'),
})
export type Withdrawal = z.infer<typeof withdrawal>

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
  withdrawal: withdrawal.optional(),
})

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
  withdrawal: withdrawal.optional(),
})

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
  monthlyFee: z
    .strictObject({
      min: z.number().int().nonnegative(),
      max: z.number().int().nonnegative(),
    })
    .refine((f) => f.max >= f.min, { message: 'max must not be below min', path: ['max'] })
    .optional()
    .describe('monthly fee range in yuan (structured, for the finder); empty until published'),
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
  certainty: z.enum(PLACE_CERTAINTY),
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
    .enum(INDICATOR_ATTRIBUTES)
    .optional()
    .describe('absent only where the source table gives no 指标属性 for the row (see note)'),
  note: localized.optional(),
  citation,
})

export const town = z.strictObject({
  slug: townSlug,
  kind: z.enum(TOWN_KINDS),
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

/**
 * Every content type, which is also every public CMS collection (same slug). The order is the
 * import order: towns and policies first, because the others link to them.
 */
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
export const CONTENT_TYPES = Object.keys(SCHEMAS) as ContentType[]
export type Programme = z.infer<typeof programme>
export type Policy = z.infer<typeof policy>
export type Facility = z.infer<typeof facility>
export type CharityProject = z.infer<typeof charityProject>
export type PlaceStory = z.infer<typeof placeStory>
export type Indicator = z.infer<typeof indicator>
export type Town = z.infer<typeof town>
export type SiteSettings = z.infer<typeof site>
