/**
 * The flow only routes: for each programme rule, evaluate its conditions against the household,
 * combine them into a status, and attach the estimate, notes and the record's documents.
 */
import { allStates, check, type Context } from './conditions'
import { isIsoDate } from './dates'
import { parseHousehold } from './household'
import { programmeNames, programmeNotes } from './messages/programmes'
import { paramSource } from './params'
import { PROGRAMME_RULES, type ProgrammeRule } from './rules'
import type { ConditionState, Evaluation, ProgrammeResult, RuleProgramme, Status } from './types'

export type EvaluateOptions = {
  /** The day to judge on, YYYY-MM-DD: picks the parameters in force. */
  date: string
  /** Programme records (from the CMS, or content/ for now). */
  programmes: readonly RuleProgramme[]
  /** Defaults to every programme the engine knows. */
  rules?: readonly ProgrammeRule[]
}

const STATUS: Record<ConditionState, Status> = { met: 'likely', unknown: 'possible', unmet: 'unlikely' }

/** likely = every condition met; possible = none unmet, some unknown; unlikely = one unmet. */
export const statusOf = (states: readonly ConditionState[]): Status => STATUS[allStates(states)]

/**
 * Evaluate a household against every programme. `household` may be raw input (parsed JSON) or a
 * parsed Household: it is validated either way (throws HouseholdError naming the field). Throws RangeError for a malformed date.
 */
export function evaluate(household: unknown, options: EvaluateOptions): Evaluation {
  if (!isIsoDate(options.date)) throw new RangeError(`date must be a real date written YYYY-MM-DD, got "${options.date}"`)
  const facts = parseHousehold(household)
  const ctx: Context = { household: facts, date: options.date, param: paramSource(options.programmes, options.date) }
  const records = new Map(options.programmes.map((p) => [p.slug, p]))
  const results = (options.rules ?? PROGRAMME_RULES).map((rule) => evaluateRule(rule, ctx, records.get(rule.id)))
  return { date: options.date, results }
}

function evaluateRule(rule: ProgrammeRule, ctx: Context, record: RuleProgramme | undefined): ProgrammeResult {
  const conditions = rule.conditions.map((c) => check(c, ctx))
  const status = statusOf(conditions.map((c) => c.state))
  const notes = (rule.notes ?? []).flatMap((note) => note(ctx) ?? [])
  if (!record) notes.push(programmeNotes.noRecord)
  const estimate = rule.estimate && status !== 'unlikely' ? rule.estimate(ctx) : undefined
  return {
    programme: rule.id,
    name: record?.name ?? programmeNames[rule.id],
    status,
    ...(estimate?.monthly === undefined ? {} : { monthlyEstimate: estimate.monthly }),
    ...(estimate?.oneOff === undefined ? {} : { oneOffEstimate: estimate.oneOff }),
    ...(estimate ? { estimateNote: estimate.note } : {}),
    ...(estimate?.parameters ? { estimateParameters: estimate.parameters } : {}),
    conditions,
    notes,
    documents: record?.documents ?? [],
    ...(record?.where ? { where: record.where } : {}),
    ...(record?.online ? { online: record.online } : {}),
  }
}
