/**
 * Public API of the eligibility engine (pure TypeScript: no DOM, network or node: imports).
 *
 *   evaluate(household, { date, programmes }) → { date, results: ProgrammeResult[] }
 */
export { evaluate, evaluateFacts, statusOf, type EvaluateOptions } from './flow'
export {
  parseHousehold,
  householdSchema,
  HouseholdError,
  type Household,
  type HouseholdInput,
  type HouseholdProblem,
  type Member,
  type Disability,
} from './household'
export { amountInForce, paramSource, monthlyValue, type ParamRef } from './params'
export { isIsoDate, startOf, todayInKaiping } from './dates'
export { PROGRAMME_IDS, PROGRAMME_RULES, type ProgrammeId, type ProgrammeRule } from './rules'
export { inLocale, flattenLocale } from './locale'
export * from './types'
export { fromCmsProgramme, type CmsProgramme } from './fromCms'
