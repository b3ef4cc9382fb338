/**
 * Evaluating an already-validated Household. Kept apart from flow.ts (which validates raw input
 * with zod) so the questionnaire in the browser, whose households are valid by construction,
 * does not ship the validator.
 */
import { allStates, check, type Context } from './conditions'
import { resolveBasis } from './basis'
import type { Household } from './household'
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

const STATUS: Record<ConditionState, Status> = {
  met: 'likely',
  unknown: 'possible',
  unmet: 'unlikely',
}

/** likely = every condition met; possible = none unmet, some unknown; unlikely = one unmet. */
export const statusOf = (states: readonly ConditionState[]): Status => STATUS[allStates(states)]

/**
 * Evaluate a household that is already valid (parseHousehold's output, or built to match it).
 * Does not validate: use evaluate() for raw input. `options.date` must be YYYY-MM-DD.
 */
export function evaluateFacts(facts: Household, options: EvaluateOptions): Evaluation {
  const ctx: Context = {
    household: facts,
    date: options.date,
    param: paramSource(options.programmes, options.date),
  }
  const records = new Map(options.programmes.map((p) => [p.slug, p]))
  const results = (options.rules ?? PROGRAMME_RULES).map((rule) =>
    evaluateRule(rule, ctx, records.get(rule.id)),
  )
  return { date: options.date, results }
}

function evaluateRule(
  rule: ProgrammeRule,
  ctx: Context,
  record: RuleProgramme | undefined,
): ProgrammeResult {
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
    basis: resolveBasis(rule.basis, record),
    notes,
    documents: record?.documents ?? [],
    ...(record?.where ? { where: record.where } : {}),
    ...(record?.online ? { online: record.online } : {}),
  }
}
