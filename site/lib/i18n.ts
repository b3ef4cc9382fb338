/** UI strings (flat JSON per locale), locale URLs and picking a locale from CMS values. */
import en from '../i18n/en.json'
import zhCN from '../i18n/zh-CN.json'
import zhHant from '../i18n/zh-Hant.json'

export const LANGS = ['zh-CN', 'zh-Hant', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type UiKey = keyof typeof zhCN

const STRINGS: Record<Lang, Record<UiKey, string>> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en }

/** URL prefix per locale: zh-CN at the root, the others under /zh-hant/ and /en/. */
export const PREFIX: Record<Lang, string | undefined> = {
  'zh-CN': undefined,
  'zh-Hant': 'zh-hant',
  en: 'en',
}
export const LANG_NAMES: Record<Lang, string> = {
  'zh-CN': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
}

export function langFromParam(param: string | undefined): Lang {
  const found = LANGS.find((l) => PREFIX[l] === param)
  if (!found) throw new Error(`unknown locale segment "${param}"`)
  return found
}

/** Static paths for the optional [...lang] segment. */
export const langPaths = () =>
  LANGS.map((lang) => ({ params: { lang: PREFIX[lang] }, props: { lang } }))

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`))
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
