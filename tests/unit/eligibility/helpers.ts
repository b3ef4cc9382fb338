/** Shared test helpers: evaluate one condition or estimate against a household. */
import { check, type Condition, type Context } from '../../../site/lib/eligibility/conditions'
import type { Estimator } from '../../../site/lib/eligibility/estimates'
import { parseHousehold, type HouseholdInput } from '../../../site/lib/eligibility/household'
import { paramSource } from '../../../site/lib/eligibility/params'
import type { ConditionResult, RuleProgramme } from '../../../site/lib/eligibility/types'
import { FIXTURE_PROGRAMMES } from './fixtures/programmes'

export function context(
  h: HouseholdInput,
  date = '2020-12-01',
  programmes: RuleProgramme[] = FIXTURE_PROGRAMMES,
): Context {
  return { household: parseHousehold(h), date, param: paramSource(programmes, date) }
}

export function run(
  c: Condition,
  h: HouseholdInput,
  date?: string,
  programmes?: RuleProgramme[],
): ConditionResult {
  return check(c, context(h, date, programmes))
}

export const stateOf = (
  c: Condition,
  h: HouseholdInput,
  date?: string,
  programmes?: RuleProgramme[],
) => run(c, h, date, programmes).state

export const estimate = (
  e: Estimator,
  h: HouseholdInput,
  date?: string,
  programmes?: RuleProgramme[],
) => e(context(h, date, programmes))

/** A fully described adult, overridable. */
export const adult = (over: Partial<NonNullable<HouseholdInput['members']>[number]> = {}) => ({
  age: 40,
  canWork: true,
  seriousIllness: false,
  inSchool: false,
  disability: null,
  ...over,
})

/** Fixture programmes with one programme's amounts replaced. */
export function withAmounts(slug: string, amounts: RuleProgramme['amounts']): RuleProgramme[] {
  return FIXTURE_PROGRAMMES.map((p) => (p.slug === slug ? { ...p, amounts } : p))
}
