import { describe, expect, it } from 'vitest'
import { evaluateFacts } from '../../../site/lib/eligibility/core'
import { toHousehold } from '../../../site/lib/eligibility-ui/household'
import {
  allParameters,
  formatDate,
  formatMoney,
  groupByStatus,
  nothingFound,
  olderYears,
  todayInKaiping,
} from '../../../site/lib/eligibility-ui/results'
import { fill } from '../../../site/lib/eligibility-ui/strings'
import { FIXTURE_PROGRAMMES } from '../eligibility/fixtures/programmes'
import { ALONE_75 } from './fixtures'

const used = (from: string) => ({
  programme: 'tekun',
  key: 'basic-living',
  value: 17280,
  unit: 'yuan-per-person-year',
  from,
})

describe('showing results', () => {
  it('dates the check in Kaiping time, whatever the device clock zone', () => {
    expect(todayInKaiping(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01')
    expect(todayInKaiping(new Date('2025-06-01T15:59:00Z'))).toBe('2025-06-01')
  })

  it('names the years of figures older than the current year', () => {
    expect(olderYears([used('2020'), used('2020-02'), used('2023-07')], '2025-03-01')).toEqual([
      '2020',
      '2023',
    ])
    expect(olderYears([used('2025-01')], '2025-03-01')).toEqual([])
    expect(olderYears(undefined, '2025-03-01')).toEqual([])
  })

  it("groups the 75-year-old's results and collects every figure used", () => {
    const { results } = evaluateFacts(toHousehold(ALONE_75), {
      date: '2025-06-01',
      programmes: FIXTURE_PROGRAMMES,
    })
    const groups = groupByStatus(results)
    expect(groups.likely.map((r) => r.programme)).toContain('tekun')
    expect(groups.likely.length + groups.possible.length + groups.unlikely.length).toBe(
      results.length,
    )
    expect(nothingFound(groups)).toBe(false)
    expect(olderYears(allParameters(results), '2025-06-01')).toEqual(['2020'])
    expect(nothingFound({ likely: [], possible: [], unlikely: results })).toBe(true)
  })

  it('formats money, dates and placeholders', () => {
    expect([formatMoney(1440), formatMoney(235.5), formatMoney(1_000_000)]).toEqual([
      '1,440',
      '235.5',
      '1,000,000',
    ])
    expect(formatDate('2025-06-01', 'zh-CN')).toBe('2025年6月1日')
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025')
    expect(fill('第 {n} 步，共约 {total} 步', { n: 3, total: 9 })).toBe('第 3 步，共约 9 步')
    expect(fill('{missing} stays', {})).toBe('{missing} stays')
  })
})
