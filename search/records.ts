/**
 * The one mapping from the CMS export to search records, used by both engines: one record per
 * published page per locale, and one per section of the plan's full text.
 */
import { lastUpdated } from '../site/lib/data'
import { amount as formatAmount, partialDate } from '../site/lib/format'
import { RECORD_PAGE } from '../site/lib/nav'
import { href, LANGS, t, txt, type Lang, type UiKey } from '../site/lib/i18n'
import type { Amount, Programme } from '../site/lib/types'
import { jyutpingKeywords, pinyinKeywords, syllables } from './keywords'
import { htmlToText, splitSections } from './sections'
import type { SiteData } from './source'
import { hashOf, Memo } from './static/memo'
import { synonymKeywords } from './synonyms'
import type { SearchRecord } from './types'

/** The CMS collection behind each record type. */
export const COLLECTION_OF: Record<SearchRecord['type'], string> = {
  programme: 'programmes',
  facility: 'facilities',
  policy: 'policies',
  'plan-section': 'policies',
  charity: 'charity-projects',
  place: 'place-stories',
  indicator: 'indicators',
}

type Draft = Omit<SearchRecord, 'id' | 'locale' | 'keywords' | 'names' | 'updated' | 'page'> & {
  slug: string
  updatedAt?: string
  keywords?: string[]
  /** the zh-CN name, for pinyin keywords on every locale */
  zhName?: string
}

const list = (items: { text: string }[] | null | undefined) =>
  (items ?? []).map((i) => i.text).join('\n')
const llist = (v: unknown, lang: Lang) =>
  list((v as Record<Lang, { text: string }[] | null> | null)?.[lang] ?? null) ||
  list((v as Record<Lang, { text: string }[] | null> | null)?.['zh-CN'] ?? null)

/** The amount in force now (no end date), with its year: "每月 … 元（2020年）". */
function currentAmount(p: Programme, lang: Lang): string | undefined {
  const a: Amount | undefined = (p.amounts ?? []).find((x) => !x.to) ?? p.amounts?.at(-1)
  if (!a) return undefined
  const year = partialDate(a.from.slice(0, 4), lang)
  return `${txt(a.label, lang)}${t(lang, 'colon')}${formatAmount(a.value, a.unit, lang)} (${year})`
}

/** A withdrawn policy or programme keeps its page but leaves search (cms/fields/withdrawal.ts). */
const inForce = <T extends { withdrawn?: boolean; withdrawal?: string | null }>(r: T) =>
  !r.withdrawn && !r.withdrawal

function drafts(data: SiteData, lang: Lang): Draft[] {
  const out: Draft[] = []
  for (const p of data.programmes.filter(inForce))
    out.push({
      type: 'programme',
      slug: p.slug,
      updatedAt: p.updatedAt,
      title: txt(p.name, lang),
      zhName: txt(p.name, 'zh-CN'),
      summary: txt(p.summary, lang),
      body: [txt(p.whoCanApply, lang), llist(p.documents, lang), txt(p.where, lang)]
        .concat(
          llist(p.steps, lang),
          (p.amounts ?? []).map((a) => txt(a.label, lang)),
        )
        .join('\n'),
      url: href(lang, RECORD_PAGE.programmes(p.slug)),
      category: p.category,
      answer: { amount: currentAmount(p, lang), eligibility: href(lang, '/eligibility/') },
    })
  for (const f of data.facilities)
    out.push({
      type: 'facility',
      slug: f.slug,
      updatedAt: f.updatedAt,
      title: txt(f.name, lang),
      zhName: txt(f.name, 'zh-CN'),
      summary: txt(f.summary, lang),
      body: [t(lang, `kind.${f.kind}` as UiKey), llist(f.services, lang), txt(f.fees, lang)].join(
        '\n',
      ),
      url: href(lang, RECORD_PAGE.facilities(f.slug)),
      town: f.town?.slug,
      townName: f.town ? txt(f.town.name, lang) : undefined,
      category: f.kind,
      keywords: f.town ? [...pinyinKeywords(txt(f.town.name, 'zh-CN'))] : [],
      answer: {},
    })
  for (const p of data.policies.filter(inForce)) {
    const body = txt(p.body, lang)
    out.push({
      type: 'policy',
      slug: p.slug,
      updatedAt: p.updatedAt,
      title: txt(p.title, lang),
      zhName: txt(p.title, 'zh-CN'),
      summary: txt(p.summary, lang),
      body: [p.docNumber ?? '', txt(p.issuer, lang)].join('\n'),
      url: href(lang, RECORD_PAGE.policies(p.slug)),
      category: p.topic,
      keywords: p.docNumber ? [p.docNumber] : [],
    })
    // the full text, one record per section, so a hit lands on its heading
    for (const s of body ? splitSections(body) : [])
      out.push({
        type: 'plan-section',
        slug: `${p.slug}#${s.anchor ?? 'intro'}`,
        updatedAt: p.updatedAt,
        title: s.heading ? `${s.heading} · ${txt(p.title, lang)}` : txt(p.title, lang),
        summary: '',
        body: s.text,
        url: href(lang, RECORD_PAGE.policies(p.slug)) + (s.anchor ? `#${s.anchor}` : ''),
        category: p.topic,
      })
  }
  for (const c of data.charity)
    out.push({
      type: 'charity',
      slug: c.slug,
      updatedAt: c.updatedAt,
      title: txt(c.name, lang),
      zhName: txt(c.name, 'zh-CN'),
      summary: txt(c.summary, lang),
      body: htmlToText([txt(c.body, lang), txt(c.howToHelp, lang)].join('\n')),
      url: href(lang, RECORD_PAGE['charity-projects'](c.slug)),
    })
  for (const s of data.places) {
    const story = htmlToText(txt(s.story, lang))
    out.push({
      type: 'place',
      slug: s.slug,
      updatedAt: s.updatedAt,
      title: lang === 'en' ? s.english : s.standardName,
      zhName: s.standardName,
      summary: story.slice(0, 140),
      body: story,
      url: href(lang, RECORD_PAGE['place-stories'](s.slug)),
      town: s.town?.slug,
      townName: s.town ? txt(s.town.name, lang) : undefined,
      keywords: [
        s.standardName,
        s.pinyin,
        s.english,
        ...jyutpingKeywords(s.standardName, s.jyutping),
      ],
      answer: {},
    })
  }
  for (const i of data.indicators)
    out.push({
      type: 'indicator',
      slug: i.slug,
      updatedAt: i.updatedAt,
      title: txt(i.name, lang),
      zhName: txt(i.name, 'zh-CN'),
      summary: [txt(i.category, lang), txt(i.actual2020, lang), txt(i.target2025, lang)]
        .filter(Boolean)
        .join(' · '),
      body: txt(i.note, lang),
      url: href(lang, RECORD_PAGE.indicators(i.slug)),
    })
  return out
}

/** Kaiping dates of CMS timestamps (Intl is slow; documents share timestamps). */
const dates = new Map<string, string>()
const kaipingDate = (updatedAt?: string) => {
  const key = updatedAt ?? ''
  if (!dates.has(key)) dates.set(key, lastUpdated({ updatedAt }))
  return dates.get(key)!
}

export function toRecords(
  data: SiteData,
  langs: readonly Lang[] = LANGS,
  memo: Memo = Memo.at(),
): SearchRecord[] {
  const pairs = hashOf(JSON.stringify(data.synonyms))
  return langs.flatMap((lang) =>
    drafts(data, lang).map(({ slug, updatedAt, zhName, keywords = [], ...d }) => {
      const sy = zhName ? syllables(zhName) : []
      const text = `${d.title}\n${d.summary}\n${d.body}`
      // the slow part (the whole text normalised): remembered between builds (static/memo.ts)
      const synonyms = memo.get(hashOf('synonyms', pairs, text), () =>
        synonymKeywords(text, data.synonyms),
      )
      return {
        ...d,
        id: `${lang}_${d.type}_${slug.replace('#', '_')}`,
        locale: lang,
        page: `${COLLECTION_OF[d.type]}/${slug.split('#')[0]}`,
        updated: kaipingDate(updatedAt),
        keywords: [
          ...new Set([
            ...keywords,
            ...(zhName ? pinyinKeywords(zhName) : []),
            ...(lang !== 'zh-CN' && zhName ? [zhName] : []),
            ...synonyms,
          ]),
        ].filter(Boolean),
        names: [
          ...new Set([
            d.title,
            zhName ?? '',
            sy.join(''),
            sy.length > 1 ? sy.map((s) => s[0]).join('') : '',
            ...keywords.filter((k) => k.length >= 4),
            ...synonyms,
          ]),
        ].filter(Boolean),
      }
    }),
  )
}
