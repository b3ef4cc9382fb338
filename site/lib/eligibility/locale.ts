/** Pick one locale from engine results, falling back to zh-CN where a record lacks a translation. */
import type { Locale, LocalizedText } from './types'

export function inLocale(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['zh-CN']
}

/** Replace every localized text inside a value (e.g. a whole Evaluation) by its `locale` string. */
export function flattenLocale(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => flattenLocale(v, locale))
  if (!value || typeof value !== 'object') return value
  const obj = value as Record<string, unknown>
  if (typeof obj['zh-CN'] === 'string') return inLocale(obj as LocalizedText, locale)
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, flattenLocale(v, locale)]))
}
