/**
 * The flow only routes: for each programme rule, evaluate its conditions against the household,
 * combine them into a status, and attach the estimate, notes and the record's documents.
 * This entry point validates raw input first; core.ts does the evaluation itself.
 */
import { evaluateFacts, type EvaluateOptions } from './core'
import { isIsoDate } from './dates'
import { parseHousehold } from './household'
import type { Evaluation } from './types'

export { evaluateFacts, statusOf, type EvaluateOptions } from './core'

/**
 * Evaluate a household against every programme. `household` may be raw input (parsed JSON) or a
 * parsed Household: it is validated either way (throws HouseholdError naming the field). Throws RangeError for a malformed date.
 */
export function evaluate(household: unknown, options: EvaluateOptions): Evaluation {
  if (!isIsoDate(options.date))
    throw new RangeError(`date must be a real date written YYYY-MM-DD, got "${options.date}"`)
  return evaluateFacts(parseHousehold(household), options)
}
