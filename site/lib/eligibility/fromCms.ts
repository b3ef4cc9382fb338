/**
 * Maps a programme as the CMS publishes it (Local API / export with locale "all") to the
 * engine's RuleProgramme. Pure: used by the CLI (Local API) and the questionnaire (export).
 */
import type { LocalizedText, RulePolicy, RuleProgramme } from './types'

type Maybe<T> = T | null | undefined
type CmsText = Maybe<Partial<Record<'zh-CN' | 'zh-Hant' | 'en', Maybe<string>>>>
type CmsList = Maybe<Partial<Record<'zh-CN' | 'zh-Hant' | 'en', Maybe<{ text: string }[]>>>>
export type CmsProgramme = {
  slug: string
  name: CmsText
  amounts?: Maybe<{ key: string; value: number; unit: string; from: string; to?: Maybe<string> }[]>
  documents?: CmsList
  where?: CmsText
  online?: CmsText
  /** Populated (depth ≥ 1) for the legal basis; bare ids are skipped. */
  relatedPolicies?: Maybe<(number | string | CmsPolicy)[]>
}
type CmsPolicy = { slug: string; title: CmsText; docNumber?: Maybe<string> }

function policies(list: CmsProgramme['relatedPolicies']): RulePolicy[] {
  return (list ?? [])
    .filter((p): p is CmsPolicy => typeof p === 'object' && p !== null)
    .map((p) => ({
      slug: p.slug,
      title: text(p.title) ?? { 'zh-CN': p.slug },
      ...(p.docNumber ? { docNumber: p.docNumber } : {}),
    }))
}

function text(v: CmsText): LocalizedText | undefined {
  const zh = v?.['zh-CN']
  if (!zh) return undefined
  return {
    'zh-CN': zh,
    ...(v?.['zh-Hant'] ? { 'zh-Hant': v['zh-Hant'] } : {}),
    ...(v?.en ? { en: v.en } : {}),
  }
}

/** Lists are kept per locale in the CMS; a translation is used only if it has the same lines. */
function list(v: CmsList): LocalizedText[] {
  const zh = v?.['zh-CN'] ?? []
  const same = (l: 'zh-Hant' | 'en') => (v?.[l]?.length === zh.length ? v[l]! : undefined)
  const hant = same('zh-Hant')
  const en = same('en')
  return zh.map((row, i) => ({
    'zh-CN': row.text,
    ...(hant ? { 'zh-Hant': hant[i].text } : {}),
    ...(en ? { en: en[i].text } : {}),
  }))
}

export function fromCmsProgramme(doc: CmsProgramme): RuleProgramme {
  const where = text(doc.where)
  const online = text(doc.online)
  const related = policies(doc.relatedPolicies)
  return {
    slug: doc.slug,
    name: text(doc.name) ?? { 'zh-CN': doc.slug },
    amounts: (doc.amounts ?? []).map(({ key, value, unit, from, to }) => ({
      key,
      value,
      unit,
      from,
      ...(to ? { to } : {}),
    })),
    documents: list(doc.documents),
    ...(where ? { where } : {}),
    ...(online ? { online } : {}),
    ...(related.length > 0 ? { policies: related } : {}),
  }
}
