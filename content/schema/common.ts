/**
 * Shared building blocks of the content schema: the contract between content/ (reviewed data
 * files), the seed importer, the CMS collections and the site.
 */
import { z } from 'zod'

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case latin letters, digits and hyphens')

const text = z.string().trim().min(1, 'must not be empty')

/** Text a visitor reads. zh-CN is always required; the other locales may be filled later. */
export const localized = z.strictObject({
  'zh-CN': text,
  'zh-Hant': text.optional(),
  en: text.optional(),
})
export type Localized = z.infer<typeof localized>

/** Text that must exist in all three locales (charity, place stories, programme summaries…). */
export const localizedAll = z.strictObject({ 'zh-CN': text, 'zh-Hant': text, en: text })

/** A date as precise as the source gives it: 2020, 2020-02 or 2020-02-01. */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  )

/**
 * Where a figure or statement comes from. `source` is the slug of a record in policies/
 * (the five-year plan is one of them); `quote` must appear verbatim in the source text when
 * we hold that text (content lint checks it).
 */
export const citation = z.strictObject({
  source: slug,
  location: text.describe('chapter / section, e.g. 第一章 一、综合社会救助水平逐步提升'),
  quote: text.optional(),
})
export type Citation = z.infer<typeof citation>

export const TOWNS = [
  'changsha',
  'sanbu',
  'yueshan',
  'shuikou',
  'shatang',
  'cangcheng',
  'longsheng',
  'dasha',
  'magang',
  'tangkou',
  'chikan',
  'baihe',
  'xiangang',
  'jinji',
  'chishui',
] as const
export const townSlug = z.enum(TOWNS)
