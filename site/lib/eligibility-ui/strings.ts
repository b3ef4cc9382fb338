/** The questionnaire's UI strings: the `elig.*` keys of site/i18n/<locale>.json, passed as props. */
import type { UiKey } from '../i18n'

/** The questionnaire's own keys, plus the few shared ones it needs (the locale's colon). */
export type EligKey = Extract<UiKey, `elig.${string}`> | 'colon'
export type EligStrings = Record<EligKey, string>

/** Only the keys the island uses (what it needs, nothing more). */
export function eligStrings(all: Record<UiKey, string>): EligStrings {
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => k.startsWith('elig.') || k === 'colon'),
  ) as EligStrings
}

export { fill } from '../fill'
