import { describe, expect, it } from 'vitest'
import { YEARS, param } from '../../../site/lib/eligibility/params'
import { hasChild, isAged } from '../../../site/lib/eligibility/predicates/age'
import { adult, run, stateOf, withAmounts } from './helpers'

const MIN_AGE = param('gaoling-jintie', 'min-age', YEARS)

describe('isAged(gaoling-jintie.min-age)', () => {
  it('is met at 80 and unmet at 79', () => {
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 80 })] })).toBe('met')
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 79 })] })).toBe('unmet')
  })
  it('looks at every member', () => {
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 50 }), adult({ age: 86 })] })).toBe(
      'met',
    )
  })
  it('is unknown when an age is missing and nobody is old enough', () => {
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 50 }), { canWork: false }] })).toBe(
      'unknown',
    )
    expect(stateOf(isAged(MIN_AGE), {})).toBe('unknown')
  })
  it('reads the age from the record on the date', () => {
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 85 })] }, '2019-06-01')).toBe(
      'unknown',
    )
    const lowered = withAmounts('gaoling-jintie', [
      { key: 'min-age', value: 80, unit: 'years', from: '2020' },
      { key: 'min-age', value: 70, unit: 'years', from: '2022' },
    ])
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 75 })] }, '2021-12-31', lowered)).toBe(
      'unmet',
    )
    expect(stateOf(isAged(MIN_AGE), { members: [adult({ age: 75 })] }, '2022-01-01', lowered)).toBe(
      'met',
    )
  })
  it('says which age it used', () => {
    expect(run(isAged(MIN_AGE), { members: [adult({ age: 79 })] }).reason['zh-CN']).toBe(
      '家中最年长的成员 79 岁，未满 80 周岁',
    )
  })
})

describe('hasChild (未满18周岁)', () => {
  it('is met at 17 and unmet at 18', () => {
    expect(stateOf(hasChild(), { members: [adult(), adult({ age: 17 })] })).toBe('met')
    expect(stateOf(hasChild(), { members: [adult(), adult({ age: 18 })] })).toBe('unmet')
  })
  it('is unknown for an 18-year-old still in school', () => {
    expect(stateOf(hasChild(), { members: [adult({ age: 18, inSchool: true })] })).toBe('unknown')
  })
})
