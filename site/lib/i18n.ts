/**
 * UI strings (flat JSON per locale, plus the option labels of the shared vocabulary), locale
 * URLs and picking a locale from CMS values.
 */
import { LOCALE_NAMES, LOCALES, type Locale } from '../../content/schema/locales'
import {
  labelOf,
  vocabularyKeys,
  type VocabGroup,
  type VocabKey,
  type VocabValue,
} from '../../content/schema/vocabulary'
import en from '../i18n/en.json'
import zhCN from '../i18n/zh-CN.json'
import zhHant from '../i18n/zh-Hant.json'
import { fill } from './fill'

export const LANGS = LOCALES
export type Lang = Locale
export type UiKey = keyof typeof zhCN | VocabKey

const STRINGS: Record<Lang, Record<UiKey, string>> = {
  'zh-CN': { ...zhCN, ...vocabularyKeys('zh-CN') },
  'zh-Hant': { ...zhHant, ...vocabularyKeys('zh-Hant') },
  en: { ...en, ...vocabularyKeys('en') },
}

/** URL prefix per locale: zh-CN at the root, the others under /zh-hant/ and /en/. */
export const PREFIX: Record<Lang, string | undefined> = {
  'zh-CN': undefined,
  'zh-Hant': 'zh-hant',
  en: 'en',
}
export const LANG_NAMES = LOCALE_NAMES

export function langFromParam(param: string | undefined): Lang {
  const found = LANGS.find((l) => PREFIX[l] === param)
  if (!found) throw new Error(`unknown locale segment "${param}"`)
  return found
}

/** Static paths for the optional [...lang] segment. */
export const langPaths = () =>
  LANGS.map((lang) => ({ params: { lang: PREFIX[lang] }, props: { lang } }))

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[lang][key]
  if (text === undefined) throw new Error(`no UI string "${key}" in ${lang}`)
  return fill(text, vars)
}

/**
 * The label of a record's option (a category, a facility kind, a unit, …) in `lang`: typed, so
 * a value outside the vocabulary is a type error, not a missing string. Empty for no value.
 */
export function optionLabel<G extends VocabGroup>(
  lang: Lang,
  group: G,
  value: VocabValue<G> | null | undefined,
): string {
  return value ? labelOf(group, value, lang) : ''
}

/** Site-relative URL of `path` (e.g. "/programmes/dibao/") in `lang`. */
export function href(lang: Lang, path: string): string {
  const prefix = PREFIX[lang]
  return prefix ? `/${prefix}${path}` : path
}

export type LocalizedValue<T = string> = Partial<Record<Lang, T | null>> | null | undefined
export type Picked<T> = { value: T | undefined; fallback: boolean }

/** The value in `lang`, else the zh-CN master text (and say that we fell back). */
export function pick<T = string>(v: LocalizedValue<T>, lang: Lang): Picked<T> {
  const own = v?.[lang]
  const has = (x: unknown) =>
    x !== null && x !== undefined && !(Array.isArray(x) && x.length === 0) && x !== ''
  if (has(own)) return { value: own as T, fallback: false }
  const master = v?.['zh-CN']
  return has(master)
    ? { value: master as T, fallback: lang !== 'zh-CN' }
    : { value: undefined, fallback: false }
}

/** Just the text (with fallback), for places where the fallback note is shown elsewhere. */
export const txt = (v: LocalizedValue, lang: Lang): string => pick(v, lang).value ?? ''

/**
 * A partial rebuild after a publish (scripts/lib/rebuild-plan.ts) builds only the detail pages
 * of these slugs (JSON array in SITE_ONLY_SLUGS); unset, every record.
 */
// not in browsers: the questionnaire's island imports this file too
const onlySlugsEnv = typeof process === 'undefined' ? undefined : process.env?.SITE_ONLY_SLUGS
const ONLY_SLUGS = onlySlugsEnv ? new Set<string>(JSON.parse(onlySlugsEnv) as string[]) : undefined

/** Static paths for a detail page: every record in every locale, the record as `item`. */
export const detailPaths = <T extends { slug: string }>(records: T[]) =>
  LANGS.flatMap((lang) =>
    records
      .filter((item) => !ONLY_SLUGS || ONLY_SLUGS.has(item.slug))
      .map((item) => ({ params: { lang: PREFIX[lang], slug: item.slug }, props: { item } })),
  )
