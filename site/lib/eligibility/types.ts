/**
 * Types shared by the eligibility engine. The engine is pure: no DOM, no network, no node:
 * imports. Programmes come in as data (RuleProgramme) and households as validated facts.
 */

export const LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Text as the CMS records hold it: zh-CN always, the other locales when translated. */
export type LocalizedText = { 'zh-CN': string; 'zh-Hant'?: string; en?: string }

/** Copy written for the engine itself: always in all three locales. */
export type Copy = { 'zh-CN': string; 'zh-Hant': string; en: string }

/** One dated parameter of a programme (a CMS `amounts` entry, without label and citation). */
export type RuleAmount = {
  key: string
  value: number
  /** e.g. yuan-per-person-month, yuan-per-person-year, yuan-per-month, yuan-per-case, percent, years */
  unit: string
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; 'YYYY' means from 1 January */
  from: string
  /** exclusive end, same formats; absent = until replaced */
  to?: string
}

/** A policy a programme record relates to: where a rule's basis gets its title and 文号. */
export type RulePolicy = { slug: string; title: LocalizedText; docNumber?: string }

/** The minimal programme record the engine needs. Everything else in the CMS is ignored. */
export type RuleProgramme = {
  slug: string
  name: LocalizedText
  amounts: RuleAmount[]
  documents: LocalizedText[]
  where?: LocalizedText
  online?: LocalizedText
  /** The record's related policies (title, 文号), for the rule's legal basis. */
  policies?: RulePolicy[]
}

/**
 * One document a programme rule rests on (OpenFisca's `reference`): the policy (slug, title,
 * 文号 from the record) and, for the plan we hold in full, the chapter and its words.
 */
export type LegalBasis = {
  policy: string
  title: LocalizedText
  docNumber?: string
  location?: string
  quote?: string
}

export type ConditionState = 'met' | 'unmet' | 'unknown'
export type Status = 'likely' | 'possible' | 'unlikely'

/** A parameter value that a condition or an estimate used, so a caseworker can see it. */
export type UsedParameter = {
  programme: string
  key: string
  value: number
  unit: string
  from: string
  to?: string
}

export type ConditionResult = {
  /** The predicate as a caseworker reads it, e.g. "perCapitaIncomeBelow(dibao.standard)". */
  id: string
  state: ConditionState
  reason: Copy
  parameters?: UsedParameter[]
  /** For a group: every part must be met (allOf) or at least one (anyOf). */
  combine?: 'allOf' | 'anyOf'
  /** Sub-conditions of allOf / anyOf groups. */
  conditions?: ConditionResult[]
}

export type ProgrammeResult = {
  programme: string
  name: LocalizedText
  status: Status
  /** 元 per month for the household; absent when the rules or the data do not allow one. */
  monthlyEstimate?: number
  /** 元 paid once (per case), for one-off subsidies. */
  oneOffEstimate?: number
  /** How the estimate was worked out, or why there is none. */
  estimateNote?: Copy
  /** The dated parameters the estimate used (so a reader can see the year of the figure). */
  estimateParameters?: UsedParameter[]
  conditions: ConditionResult[]
  /** What the rule rests on: documents held on the site, with chapter and words of the plan. */
  basis: LegalBasis[]
  notes: Copy[]
  documents: LocalizedText[]
  where?: LocalizedText
  online?: LocalizedText
}

export type Evaluation = { date: string; results: ProgrammeResult[] }
