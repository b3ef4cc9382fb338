/**
 * The site's locales: the one list the content schema, the CMS, the site and the eligibility
 * engine all use. No dependencies, so the browser island can import it too.
 */
export const LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const
export type Locale = (typeof LOCALES)[number]
/** The master text: required in the CMS; the others fall back to it. */
export const DEFAULT_LOCALE: Locale = 'zh-CN'
/** Each locale's name in itself (language switcher, CMS locale menu). */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
}
