import { describe, expect, it } from 'vitest'
import {
  MONTHLY_PER_PERSON,
  MULTIPLE_OF_DIBAO,
  YEARS,
  param,
} from '../../../site/lib/eligibility/params'
import {
  assetsWithinLimit,
  incomeDeductionMayApply,
  perCapitaIncomeBelow,
  perCapitaIncomeBelowMultiple,
  perCapitaIncomeNotBelow,
} from '../../../site/lib/eligibility/predicates/income'
import { adult, run, stateOf, withAmounts } from './helpers'

const STANDARD = param('dibao', 'standard', MONTHLY_PER_PERSON)
const MULTIPLE = param('dibao-bianyuan', 'income-multiple', MULTIPLE_OF_DIBAO)
const OLD = param('gaoling-jintie', 'min-age', YEARS)
const two = [adult(), adult()]

describe('perCapitaIncomeBelow(dibao.standard)', () => {
  it('is met just below the line and unmet exactly at it', () => {
    expect(stateOf(perCapitaIncomeBelow(STANDARD), { members: two, monthlyIncome: 1799 })).toBe(
      'met',
    )
    expect(stateOf(perCapitaIncomeBelow(STANDARD), { members: two, monthlyIncome: 1800 })).toBe(
      'unmet',
    )
  })
  it('compares totals, so 2699 yuan for 3 people is below 900', () => {
    expect(
      stateOf(perCapitaIncomeBelow(STANDARD), {
        members: [adult(), adult(), adult()],
        monthlyIncome: 2699,
      }),
    ).toBe('met')
    expect(
      stateOf(perCapitaIncomeBelow(STANDARD), {
        members: [adult(), adult(), adult()],
        monthlyIncome: 2700,
      }),
    ).toBe('unmet')
  })
  it('shows the figures and the parameter used', () => {
    const r = run(perCapitaIncomeBelow(STANDARD), { members: two, monthlyIncome: 1200 })
    expect(r.reason['zh-CN']).toBe('家庭人均月收入 600 元，低于低保标准 900 元')
    expect(r.parameters).toEqual([
      {
        programme: 'dibao',
        key: 'standard',
        value: 900,
        unit: 'yuan-per-person-month',
        from: '2020',
      },
    ])
  })
  it('is unknown without income, members, or a standard in force', () => {
    expect(stateOf(perCapitaIncomeBelow(STANDARD), { members: two })).toBe('unknown')
    expect(stateOf(perCapitaIncomeBelow(STANDARD), { monthlyIncome: 0 })).toBe('unknown')
    const before = run(
      perCapitaIncomeBelow(STANDARD),
      { members: two, monthlyIncome: 0 },
      '2019-12-31',
    )
    expect(before.state).toBe('unknown')
    expect(before.reason['zh-CN']).toContain('dibao.standard')
  })
  it('follows an edited standard without a code change', () => {
    const raised = withAmounts('dibao', [
      { key: 'standard', value: 900, unit: 'yuan-per-person-month', from: '2020' },
      { key: 'standard', value: 1000, unit: 'yuan-per-person-month', from: '2020-07' },
    ])
    const h = { members: two, monthlyIncome: 1900 }
    expect(stateOf(perCapitaIncomeBelow(STANDARD), h, '2020-06-30', raised)).toBe('unmet')
    expect(stateOf(perCapitaIncomeBelow(STANDARD), h, '2020-07-01', raised)).toBe('met')
  })
  it('does not rule a household out on a standard carried past its year: it may have been raised', () => {
    const above = { members: two, monthlyIncome: 1900 }
    expect(stateOf(perCapitaIncomeBelow(STANDARD), above, '2020-12-31')).toBe('unmet')
    const later = run(perCapitaIncomeBelow(STANDARD), above, '2021-01-01')
    expect(later.state).toBe('unknown')
    expect(later.reason['zh-CN']).toContain('不低于 2020 年的标准 900 元')
    expect(later.reason['zh-CN']).toContain('现行标准可能更高')
    // below the old line is still below any raised line
    expect(
      stateOf(perCapitaIncomeBelow(STANDARD), { members: two, monthlyIncome: 1700 }, '2026-11-28'),
    ).toBe('met')
  })
  it('stops carrying a standard forward once its end date is set', () => {
    const ended = withAmounts('dibao', [
      { key: 'standard', value: 900, unit: 'yuan-per-person-month', from: '2020', to: '2030' },
    ])
    expect(
      stateOf(
        perCapitaIncomeBelow(STANDARD),
        { members: two, monthlyIncome: 1900 },
        '2026-11-28',
        ended,
      ),
    ).toBe('unmet')
  })
})

describe('perCapitaIncomeNotBelow (低保边缘: above the 低保 line)', () => {
  it('is the complement of perCapitaIncomeBelow', () => {
    expect(stateOf(perCapitaIncomeNotBelow(STANDARD), { members: two, monthlyIncome: 1800 })).toBe(
      'met',
    )
    expect(stateOf(perCapitaIncomeNotBelow(STANDARD), { members: two, monthlyIncome: 1799 })).toBe(
      'unmet',
    )
  })
})

describe('perCapitaIncomeBelowMultiple', () => {
  it('is unknown while no multiple is published, and says the tool cannot check', () => {
    const r = run(perCapitaIncomeBelowMultiple(MULTIPLE, STANDARD), {
      members: two,
      monthlyIncome: 2000,
    })
    expect(r.state).toBe('unknown')
    expect(r.reason['zh-CN']).toContain('本工具无法判断')
  })
  it('uses the multiple once an editor publishes one', () => {
    const published = withAmounts('dibao-bianyuan', [
      { key: 'income-multiple', value: 1.5, unit: 'multiple-of-dibao', from: '2020' },
    ])
    expect(
      stateOf(
        perCapitaIncomeBelowMultiple(MULTIPLE, STANDARD),
        { members: two, monthlyIncome: 2699 },
        undefined,
        published,
      ),
    ).toBe('met')
    expect(
      stateOf(
        perCapitaIncomeBelowMultiple(MULTIPLE, STANDARD),
        { members: two, monthlyIncome: 2700 },
        undefined,
        published,
      ),
    ).toBe('unmet')
  })
})

describe('incomeDeductionMayApply (高龄、残疾、重病)', () => {
  it('is unknown when a member is very old, disabled or seriously ill', () => {
    expect(stateOf(incomeDeductionMayApply(OLD, STANDARD), { members: [adult({ age: 80 })] })).toBe(
      'unknown',
    )
    expect(
      stateOf(incomeDeductionMayApply(OLD, STANDARD), {
        members: [adult({ seriousIllness: true })],
      }),
    ).toBe('unknown')
    expect(
      stateOf(incomeDeductionMayApply(OLD, STANDARD), {
        members: [adult({ disability: { grade: 4, kind: 'hearing' } })],
      }),
    ).toBe('unknown')
  })
  it('is unmet when every member is known not to be in such a group', () => {
    expect(
      stateOf(incomeDeductionMayApply(OLD, STANDARD), { members: [adult({ age: 79 }), adult()] }),
    ).toBe('unmet')
  })
  it('is unknown when a member’s situation is not given', () => {
    expect(stateOf(incomeDeductionMayApply(OLD, STANDARD), { members: [{ age: 40 }] })).toBe(
      'unknown',
    )
  })
  it('turns no income into "possible": at twice the standard per person or more it is unmet', () => {
    const ill = [adult({ seriousIllness: true }), adult()]
    const at = (monthlyIncome: number, date?: string) =>
      run(incomeDeductionMayApply(OLD, STANDARD), { members: ill, monthlyIncome }, date)
    expect(at(3599).state).toBe('unknown') // 1799.5 per person < 2 × 900
    expect(at(3599).reason['zh-CN']).toContain('低于低保标准 900 元的 2 倍')
    expect(at(3600).state).toBe('unmet') // exactly twice
    expect(at(50000).state).toBe('unmet')
    // the bound and its reason are said, in three locales
    const far = at(50000).reason
    expect(far['zh-CN']).toMatch(/2 倍及以上[\s\S]*每人抵扣不超过一个低保标准/)
    expect(far['zh-Hant']).toMatch(/2 倍及以上[\s\S]*每人抵扣不超過一個低保標準/)
    expect(far.en).toMatch(/2 or more times[\s\S]*no more than one Dibao standard per person/)
    // the standard carried past its year may have been raised: no bound is claimed then
    expect(at(50000, '2026-06-01').state).toBe('unknown')
    // income unknown: still unknown, with the bound stated
    const r = run(incomeDeductionMayApply(OLD, STANDARD), { members: ill })
    expect(r.state).toBe('unknown')
    expect(r.reason.en).toContain('2 times the standard or more counts as unlikely')
  })
})

describe('assetsWithinLimit', () => {
  it('uses the household’s own statement', () => {
    expect(stateOf(assetsWithinLimit(), { assetsWithinLimit: true })).toBe('met')
    expect(stateOf(assetsWithinLimit(), { assetsWithinLimit: false })).toBe('unmet')
    const r = run(assetsWithinLimit(), {})
    expect(r.state).toBe('unknown')
    expect(r.reason.en).toContain('cannot check')
  })
})
