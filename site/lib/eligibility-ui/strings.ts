/** The questionnaire's UI strings: the `elig.*` keys of site/i18n/<locale>.json, passed as props. */
import type { UiKey } from '../i18n'

export type EligKey = Extract<UiKey, `elig.${string}`>
export type EligStrings = Record<EligKey, string>

/** Only the `elig.*` keys of a locale's strings (what the island needs, nothing more). */
export function eligStrings(all: Record<UiKey, string>): EligStrings {
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('elig.'))) as EligStrings
}

/** Fill {placeholders}; unknown ones stay visible so a missing value is noticed. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole))
}
