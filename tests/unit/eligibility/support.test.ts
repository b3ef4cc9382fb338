import { describe, expect, it } from 'vitest'
import {
  hasNoAbleSupporter,
  isTekunCategory,
  isUnableToWork,
  workCapacityOf,
} from '../../../site/lib/eligibility/predicates/support'
import { parseHousehold } from '../../../site/lib/eligibility/household'
import { adult, stateOf } from './helpers'

const member = (m: object) => parseHousehold({ members: [m] }).members![0]

describe('hasNoAbleSupporter', () => {
  it('is met only when no able supporter exists', () => {
    expect(stateOf(hasNoAbleSupporter(), { hasAbleSupporter: false })).toBe('met')
    expect(stateOf(hasNoAbleSupporter(), { hasAbleSupporter: true })).toBe('unmet')
    expect(stateOf(hasNoAbleSupporter(), {})).toBe('unknown')
  })
})

describe('workCapacityOf (特困人员认定办法 第六条)', () => {
  it('counts people aged 60+ and under 16', () => {
    expect(workCapacityOf(member(adult({ age: 60 })))).toBe('met')
    expect(workCapacityOf(member(adult({ age: 59 })))).toBe('unmet')
    expect(workCapacityOf(member(adult({ age: 15 })))).toBe('met')
    expect(workCapacityOf(member(adult({ age: 16 })))).toBe('unmet')
  })
  it('counts the listed disability grades by kind', () => {
    const d = (grade: number, kind: string) =>
      workCapacityOf(member(adult({ disability: { grade, kind } as never })))
    expect(d(3, 'intellectual')).toBe('met')
    expect(d(4, 'intellectual')).toBe('unmet')
    expect(d(3, 'mental')).toBe('met')
    expect(d(2, 'physical')).toBe('met')
    expect(d(3, 'physical')).toBe('unmet')
    expect(d(1, 'visual')).toBe('met')
    expect(d(2, 'visual')).toBe('unmet')
  })
  it("leaves other reasons for not working to the office ('other' → unknown)", () => {
    expect(workCapacityOf(member(adult({ canWork: false })))).toBe('other')
    expect(workCapacityOf(member(adult({ seriousIllness: true })))).toBe('other')
    expect(isTekunCategory(member(adult({ canWork: false })))).toBe('unknown')
    expect(
      workCapacityOf(member(adult({ disability: { grade: 1, kind: 'hearing' }, canWork: false }))),
    ).toBe('other')
  })
  it('is unknown when age or disability is not given', () => {
    expect(workCapacityOf(member({ canWork: true }))).toBe('unknown')
    expect(workCapacityOf(member({ age: 40 }))).toBe('unknown')
  })
})

describe('isUnableToWork', () => {
  it('is met when one member is in a category', () => {
    expect(stateOf(isUnableToWork(), { members: [adult(), adult({ age: 72 })] })).toBe('met')
  })
  it('is unmet when every member is a working-age adult without a qualifying disability', () => {
    expect(stateOf(isUnableToWork(), { members: [adult(), adult({ age: 30 })] })).toBe('unmet')
  })
  it('is unknown for a working-age adult who cannot work for another reason', () => {
    expect(stateOf(isUnableToWork(), { members: [adult({ canWork: false })] })).toBe('unknown')
    expect(stateOf(isUnableToWork(), {})).toBe('unknown')
  })
})
