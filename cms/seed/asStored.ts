/**
 * A content/ record as the CMS returns it once seeded — `find({ locale: 'all', depth: 1 })`:
 * localized fields as { 'zh-CN', 'zh-Hant', en } objects, related policies populated. Built with
 * the seed's own mapper (toPayload.ts), so the persona cases reach the engine through the same
 * mappings as the site and the CLI (seed → CMS document → fromCmsProgramme), without a database.
 */
import { LOCALES, type Locale } from '../../content/schema/common'
import type { Content, ContentRecord } from '../../content/schema/load'
import { SHARED_ARRAYS, toPayloadData, type Ctx } from './toPayload'

type Data = Record<string, unknown>
type Type = 'programmes' | 'policies'

/** Merge per-locale values: equal everywhere → the value; else { locale: value }. */
const perLocale = (values: Record<Locale, unknown>) =>
  Object.fromEntries(LOCALES.map((l) => [l, values[l] ?? null]))

function merge(type: Type, per: Record<Locale, Data>): Data {
  const doc: Data = { ...per['zh-CN'] }
  const localized = Object.keys(per['zh-Hant'])
  for (const key of localized) {
    const shared = SHARED_ARRAYS[type]?.includes(key)
    if (!shared) {
      doc[key] = perLocale({
        'zh-CN': per['zh-CN'][key],
        'zh-Hant': per['zh-Hant'][key],
        en: per.en[key],
      })
      continue
    }
    // A shared array (one row list, localized fields inside the rows).
    const rows = per['zh-CN'][key] as Data[]
    doc[key] = rows.map((row, i) =>
      Object.fromEntries(
        Object.keys(row).map((f) => {
          const values = Object.fromEntries(
            LOCALES.map((l) => [l, (per[l][key] as Data[] | undefined)?.[i]?.[f]]),
          ) as Record<Locale, unknown>
          const same = LOCALES.every((l) => values[l] === row[f])
          return [f, same ? row[f] : perLocale(values)]
        }),
      ),
    )
  }
  return doc
}

function stored<T extends Type>(type: T, data: ContentRecord<T>['data'], content: Content): Data {
  const slugs = new Map(content.policies.map((p) => [p.data.slug, p.data.slug]))
  const ctx = (locale: Locale): Ctx => ({
    locale,
    // Rich text is not read by the engine; the seed turns Markdown into Lexical JSON.
    md: (markdown) => markdown,
    refs: { policies: slugs, towns: new Map(content.towns.map((t) => [t.data.slug, t.data.slug])) },
  })
  const per = Object.fromEntries(
    LOCALES.map((l) => [l, toPayloadData(type, data, ctx(l))]),
  ) as Record<Locale, Data>
  return merge(type, per)
}

/** Every programme of `content` as the CMS returns it (locale all, related policies populated). */
export function programmesAsStored(content: Content): Data[] {
  const policies = new Map(
    content.policies.map((p) => [p.data.slug, stored('policies', p.data, content)]),
  )
  return content.programmes.map(({ data }) => {
    const doc = stored('programmes', data, content)
    return { ...doc, relatedPolicies: data.relatedPolicies.map((slug) => policies.get(slug)) }
  })
}
