/**
 * What the Astro page hands the island: everything needed to answer and show results, so the
 * browser makes no request while the visitor answers. Built at build time from the CMS export.
 */
import { fromCmsProgramme } from '../eligibility/fromCms'
import { PROGRAMME_IDS } from '../eligibility/rules'
import type { LocalizedText, RuleProgramme } from '../eligibility/types'
import zhCN from '../../i18n/zh-CN.json'
import { href, t, txt, type Lang, type UiKey } from '../i18n'
import type { CharityProject, Policy, Programme, SiteSettings } from '../types'
import { eligStrings, type EligStrings } from './strings'

export type Link = { title: string; href: string }
export type ProgrammeLinks = { href: string; policies: Link[] }

export type IslandProps = {
  lang: Lang
  strings: EligStrings
  /** The engine's programme records (published CMS data), only those the rules use. */
  programmes: RuleProgramme[]
  /** Per programme slug: its page and related policies. */
  links: Record<string, ProgrammeLinks>
  hotline?: { number: string; label: string }
  charity: Link[]
  urls: { programmes: string; charity: string; tempAid: string }
}

export type IslandData = {
  programmes: Programme[]
  settings: SiteSettings
  charity: CharityProject[]
}

const known = new Set<string>(PROGRAMME_IDS)

/** Keep zh-CN (the engine's fallback) and the page's locale only: smaller pages. */
function inTwo(text: LocalizedText, lang: Lang): LocalizedText {
  const own = lang === 'zh-CN' ? undefined : text[lang]
  return own ? { 'zh-CN': text['zh-CN'], [lang]: own } : { 'zh-CN': text['zh-CN'] }
}

/** A programme record for the island: the rule data, with text in two locales at most. */
export function forIsland(p: RuleProgramme, lang: Lang): RuleProgramme {
  return {
    ...p,
    name: inTwo(p.name, lang),
    documents: p.documents.map((d) => inTwo(d, lang)),
    ...(p.where ? { where: inTwo(p.where, lang) } : {}),
    ...(p.online ? { online: inTwo(p.online, lang) } : {}),
    ...(p.policies
      ? { policies: p.policies.map((x) => ({ ...x, title: inTwo(x.title, lang) })) }
      : {}),
  }
}

export function buildIslandProps(lang: Lang, data: IslandData): IslandProps {
  const used = data.programmes.filter((p) => known.has(p.slug))
  const links = Object.fromEntries(
    used.map((p) => {
      const policies = (p.relatedPolicies ?? [])
        .filter((r): r is Policy => typeof r === 'object' && r !== null)
        .map((pol) => ({ title: txt(pol.title, lang), href: href(lang, `/policies/${pol.slug}/`) }))
      return [p.slug, { href: href(lang, `/programmes/${p.slug}/`), policies }]
    }),
  )
  const number = data.settings.hotline?.number
  const strings = Object.fromEntries(
    (Object.keys(zhCN) as UiKey[]).map((k) => [k, t(lang, k)]),
  ) as Record<UiKey, string>
  return {
    lang,
    strings: eligStrings(strings),
    programmes: used.map((p) => forIsland(fromCmsProgramme(p), lang)),
    links,
    ...(number ? { hotline: { number, label: txt(data.settings.hotline?.label, lang) } } : {}),
    charity: data.charity.map((c) => ({
      title: txt(c.name, lang),
      href: href(lang, `/charity/${c.slug}/`),
    })),
    urls: {
      programmes: href(lang, '/programmes/'),
      charity: href(lang, '/charity/'),
      tempAid: href(lang, '/programmes/linshi-jiuzhu/'),
    },
  }
}
