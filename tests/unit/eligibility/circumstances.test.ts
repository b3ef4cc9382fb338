import { describe, expect, it } from 'vitest'
import {
  isDeFactoUnsupportedChild,
  isOrphan,
} from '../../../site/lib/eligibility/predicates/children'
import {
  choosesEcoBurial,
  hasEmergency,
  hasMedicalExpenseHardship,
  isBereaved,
  isStranded,
} from '../../../site/lib/eligibility/predicates/circumstances'
import { adult, stateOf } from './helpers'

describe('child circumstances', () => {
  it.each([
    ['orphan', 'met', 'unmet'],
    ['de-facto-unsupported', 'unmet', 'met'],
    [null, 'unmet', 'unmet'],
    [undefined, 'unknown', 'unknown'],
  ] as const)('childCircumstance %s → orphan %s, de facto %s', (c, orphan, deFacto) => {
    expect(stateOf(isOrphan(), { childCircumstance: c })).toBe(orphan)
    expect(stateOf(isDeFactoUnsupportedChild(), { childCircumstance: c })).toBe(deFacto)
  })
})

describe('hasEmergency', () => {
  it.each([
    ['disaster', 'met'],
    ['accident', 'met'],
    ['illness-expense', 'met'],
    ['other', 'unknown'],
    [null, 'unmet'],
    [undefined, 'unknown'],
  ] as const)('emergency %s → %s', (emergency, state) => {
    expect(stateOf(hasEmergency(), { emergency })).toBe(state)
  })
})

describe('hasMedicalExpenseHardship', () => {
  it('is never met: unknown with illness, unmet when known healthy and no illness expense', () => {
    expect(
      stateOf(hasMedicalExpenseHardship(), {
        members: [adult({ seriousIllness: true })],
        emergency: null,
      }),
    ).toBe('unknown')
    expect(
      stateOf(hasMedicalExpenseHardship(), { members: [adult()], emergency: 'illness-expense' }),
    ).toBe('unknown')
    expect(stateOf(hasMedicalExpenseHardship(), { members: [adult()], emergency: null })).toBe(
      'unmet',
    )
    expect(stateOf(hasMedicalExpenseHardship(), { members: [adult()] })).toBe('unknown')
  })
})

describe('bereavement, stranded, eco burial', () => {
  it('follow the household’s answers', () => {
    expect(stateOf(isBereaved(), { bereavement: true })).toBe('met')
    expect(stateOf(isBereaved(), { bereavement: false })).toBe('unmet')
    expect(stateOf(isStranded(), { stranded: true })).toBe('met')
    expect(stateOf(isStranded(), {})).toBe('unknown')
    expect(stateOf(choosesEcoBurial(), { bereavement: true })).toBe('unknown')
  })
})
