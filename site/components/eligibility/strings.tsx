/** UI strings and the page locale for the island's components. */
import { createContext, useContext } from 'react'
import { inLocale } from '../../lib/eligibility/locale'
import type { LocalizedText } from '../../lib/eligibility/types'
import type { Lang } from '../../lib/i18n'
import { fill, type EligKey, type EligStrings } from '../../lib/eligibility-ui/strings'

export type Ui = { strings: EligStrings; lang: Lang }
export const UiContext = createContext<Ui | undefined>(undefined)

export type Translate = (key: EligKey, vars?: Record<string, string | number>) => string

export function useUi(): {
  t: Translate
  lang: Lang
  text: (v: LocalizedText) => string
  list: (items: string[]) => string
} {
  const ui = useContext(UiContext)
  if (!ui) throw new Error('UiContext missing')
  return {
    t: (key, vars) => fill(ui.strings[key], vars),
    lang: ui.lang,
    text: (v) => inLocale(v, ui.lang),
    list: (items) => items.join(ui.lang === 'en' ? ', ' : '、'),
  }
}
