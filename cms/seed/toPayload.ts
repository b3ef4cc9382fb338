/**
 * Maps a validated content/ record to the data Payload stores, one locale at a time.
 * zh-CN carries every field; the other locales carry only localized fields that have text,
 * so a missing translation falls back instead of being stored as Chinese.
 */
import type { Localized, Locale } from '../../content/schema/common'
import type { Content, ContentRecord } from '../../content/schema/load'
import type { ContentType } from '../../content/schema/records'
import type { MarkdownToRichText } from './richText'

export type Refs = { policies: Map<string, number | string>; towns: Map<string, number | string> }
/** sources: policy slug → Markdown of the full text we hold (content/sources). */
export type Ctx = {
  locale: Locale
  md: MarkdownToRichText
  refs: Refs
  sources?: Map<string, string>
}
type Data = Record<string, unknown>

const t = (v: Partial<Localized> | undefined, locale: Locale) => v?.[locale]
const list = (items: Partial<Localized>[] | undefined, locale: Locale) =>
  (items ?? [])
    .map((i) => i[locale])
    .filter((s): s is string => Boolean(s))
    .map((text) => ({ text }))
const rich = (v: Partial<Localized> | undefined, ctx: Ctx) => {
  const md = t(v, ctx.locale)
  return md ? ctx.md(md) : undefined
}
const ref = (map: Map<string, number | string>, slug: string | undefined) => {
  if (!slug) return undefined
  const id = map.get(slug)
  if (id === undefined) throw new Error(`reference to unknown record "${slug}"`)
  return id
}

/**
 * The whole record for one locale. A value the record leaves out is written as null (cleared),
 * not skipped, so removing a fact or a translation from content/ removes it from the CMS too;
 * a cleared translation falls back to zh-CN. Non-localized values are written with zh-CN only.
 */
function finish(shared: Data, localized: Data, locale: Locale): Data {
  const out: Data = locale === 'zh-CN' ? { ...shared, ...localized } : { ...localized }
  for (const k of Object.keys(out)) if (out[k] === undefined) out[k] = null
  return out
}

/** Groups cannot be null: an absent group is written with every field empty. */
const EMPTY_CITATION = { source: null, location: null, quote: null }

type Mapper<T extends ContentType> = (d: ContentRecord<T>['data'], ctx: Ctx) => Data

const MAPPERS: { [T in ContentType]: Mapper<T> } = {
  towns: (d, { locale }) =>
    finish(
      { slug: d.slug, kind: d.kind, pinyin: d.pinyin, order: d.order },
      { name: t(d.name, locale) },
      locale,
    ),
  policies: (d, ctx) =>
    finish(
      {
        slug: d.slug,
        docNumber: d.docNumber,
        writtenDate: d.writtenDate,
        publishedDate: d.publishedDate,
        indexNo: d.indexNo,
        topic: d.topic,
        validity: d.validity,
        sourceFile: d.sourceFile,
        citations: d.citations,
      },
      {
        title: t(d.title, ctx.locale),
        issuer: t(d.issuer, ctx.locale),
        summary: t(d.summary, ctx.locale),
        body:
          rich(d.body, ctx) ??
          (ctx.locale === 'zh-CN' && ctx.sources?.has(d.slug)
            ? ctx.md(ctx.sources.get(d.slug)!)
            : undefined),
      },
      ctx.locale,
    ),
  programmes: (d, ctx) => {
    const { locale } = ctx
    return finish(
      {
        slug: d.slug,
        category: d.category,
        citations: d.citations,
        relatedPolicies: d.relatedPolicies.map((s) => ref(ctx.refs.policies, s)),
      },
      {
        name: t(d.name, locale),
        summary: t(d.summary, locale),
        whoCanApply: t(d.whoCanApply, locale),
        where: t(d.where, locale),
        online: t(d.online, locale),
        documents: list(d.documents, locale),
        steps: list(d.steps, locale),
        amounts: d.amounts.map((a) => ({ ...a, label: t(a.label, locale) })),
      },
      locale,
    )
  },
  facilities: (d, ctx) => {
    const { locale } = ctx
    return finish(
      {
        slug: d.slug,
        kind: d.kind,
        ownership: d.ownership,
        town: ref(ctx.refs.towns, d.town),
        phone: d.phone,
        starRating: d.starRating
          ? {
              stars: d.starRating.stars,
              year: d.starRating.year ?? null,
              citation: { ...EMPTY_CITATION, ...d.starRating.citation },
            }
          : { stars: null, year: null, citation: EMPTY_CITATION },
        beds: d.beds,
        nursingBeds: d.nursingBeds,
        medicalIntegration: {
          enabled: Boolean(d.medicalIntegration),
          partner: d.medicalIntegration?.partner ?? null,
        },
        vacancies: { count: d.vacancies?.count ?? null, asOf: d.vacancies?.asOf ?? null },
        citations: d.citations,
      },
      {
        name: t(d.name, locale),
        summary: t(d.summary, locale),
        fees: t(d.fees, locale),
        address: locale === 'zh-CN' ? d.address : undefined,
        services: list(d.services, locale),
      },
      locale,
    )
  },
  'charity-projects': (d, ctx) =>
    finish(
      { slug: d.slug, citations: d.citations },
      {
        name: t(d.name, ctx.locale),
        summary: t(d.summary, ctx.locale),
        body: rich(d.body, ctx),
        howToHelp: rich(d.howToHelp, ctx),
      },
      ctx.locale,
    ),
  'place-stories': (d, ctx) =>
    finish(
      {
        slug: d.slug,
        standardName: d.standardName,
        pinyin: d.pinyin,
        jyutping: d.jyutping,
        english: d.english,
        town: ref(ctx.refs.towns, d.town),
        certainty: d.certainty,
        sources: d.sources.map((text) => ({ text })),
      },
      { story: rich(d.story, ctx) },
      ctx.locale,
    ),
  indicators: (d, { locale }) =>
    finish(
      {
        slug: d.slug,
        order: d.order,
        row: d.row,
        unit: d.unit,
        attribute: d.attribute,
        citation: d.citation,
      },
      {
        category: t(d.category, locale),
        name: t(d.name, locale),
        note: t(d.note, locale),
        ...(locale === 'zh-CN'
          ? {
              actual2020: d.actual2020,
              target2023: d.target2023,
              target2025: d.target2025,
              jiangmen2025: d.jiangmen2025,
              province2025: d.province2025,
            }
          : {}),
      },
      locale,
    ),
}

export function toPayloadData<T extends ContentType>(
  type: T,
  data: ContentRecord<T>['data'],
  ctx: Ctx,
): Data {
  return (MAPPERS[type] as Mapper<T>)(data, ctx)
}

export function siteSettingsData(site: Content['site'], locale: Locale): Data {
  return {
    hotline: {
      ...(locale === 'zh-CN' ? { number: site.hotline.number } : {}),
      label: site.hotline.label[locale],
    },
    intro: site.intro[locale],
    notice: site.notice?.[locale] ?? null,
    audiences: site.audiences.map((a) => ({
      ...(locale === 'zh-CN' ? { key: a.key, href: a.href } : {}),
      title: a.title[locale],
      text: a.text[locale],
    })),
  }
}

/** Arrays shared by all locales whose rows hold localized text. */
export const SHARED_ARRAYS: Partial<Record<ContentType | 'site-settings', string[]>> = {
  programmes: ['amounts'],
  'site-settings': ['audiences'],
}

/**
 * When writing another locale, give each row of a shared array the id it has in the stored
 * document, so the row's translation is added instead of the row being replaced.
 */
export function withRowIds(data: Data, existing: Data, keys: string[] = []): Data {
  const out: Data = { ...data }
  for (const k of keys) {
    const rows = out[k]
    const prev = existing[k]
    if (!Array.isArray(rows) || !Array.isArray(prev)) continue
    out[k] = rows.map((row, i) => ({ ...(row as Data), id: (prev[i] as Data | undefined)?.id }))
  }
  return out
}
