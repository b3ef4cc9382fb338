import { describe, expect, it } from 'vitest'
import {
  hasDisability,
  hasSevereDisability,
  severeState,
} from '../../../site/lib/eligibility/predicates/disability'
import { parseHousehold } from '../../../site/lib/eligibility/household'
import { adult, run, stateOf } from './helpers'

const withDisability = (grade: number, kind: string) => ({
  members: [adult({ disability: { grade, kind } as never })],
})

describe('hasDisability', () => {
  it('is met for any grade, unmet for none, unknown when not given', () => {
    expect(stateOf(hasDisability(), withDisability(4, 'hearing'))).toBe('met')
    expect(stateOf(hasDisability(), { members: [adult()] })).toBe('unmet')
    expect(stateOf(hasDisability(), { members: [{ age: 30 }] })).toBe('unknown')
  })
})

describe('hasSevereDisability (护理补贴: 一、二级)', () => {
  it('is met at grade 2 and unmet at grade 3 for a physical disability', () => {
    expect(stateOf(hasSevereDisability(), withDisability(2, 'physical'))).toBe('met')
    expect(stateOf(hasSevereDisability(), withDisability(3, 'physical'))).toBe('unmet')
  })
  it('is met at grade 1 of any kind', () => {
    for (const kind of ['visual', 'hearing', 'speech', 'multiple'])
      expect(stateOf(hasSevereDisability(), withDisability(1, kind))).toBe('met')
  })
  it('is unknown at grades 3–4 intellectual or mental, and says why', () => {
    expect(stateOf(hasSevereDisability(), withDisability(3, 'intellectual'))).toBe('unknown')
    const r = run(hasSevereDisability(), withDisability(4, 'mental'))
    expect(r.state).toBe('unknown')
    expect(r.reason['zh-CN']).toContain('未能核实')
  })
  it('is unmet without a disability', () => {
    expect(stateOf(hasSevereDisability(), { members: [adult()] })).toBe('unmet')
  })
  it('rates members one by one', () => {
    const ms = parseHousehold(withDisability(3, 'hearing')).members!
    expect(severeState(ms[0])).toBe('unmet')
  })
})
