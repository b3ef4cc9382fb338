import { describe, expect, it } from 'vitest'
import { isIsoDate, startOf } from '../../../site/lib/eligibility/dates'
import {
  amountInForce,
  monthlyValue,
  param,
  paramSource,
  MONTHLY_PER_PERSON,
} from '../../../site/lib/eligibility/params'
import type { RuleAmount } from '../../../site/lib/eligibility/types'
import { FIXTURE_PROGRAMMES } from './fixtures/programmes'

const a = (
  value: number,
  from: string,
  to?: string,
  key = 'standard',
  unit = 'yuan-per-person-month',
): RuleAmount => ({ key, value, unit, from, ...(to ? { to } : {}) })

describe('dates', () => {
  it('expands partial dates to the first day', () => {
    expect(startOf('2020')).toBe('2020-01-01')
    expect(startOf('2020-02')).toBe('2020-02-01')
    expect(startOf('2020-02-15')).toBe('2020-02-15')
    expect(startOf('2020-13')).toBeUndefined()
    expect(startOf('20')).toBeUndefined()
  })
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2020-02-29')).toBe(true)
    expect(isIsoDate('2021-02-29')).toBe(false)
    expect(isIsoDate('2020-2-1')).toBe(false)
    expect(isIsoDate('2020')).toBe(false)
  })
})

describe('amountInForce', () => {
  const history = [a(420, '2015', '2018'), a(800, '2018-07'), a(900, '2020')]
  it('picks the latest from ≤ date', () => {
    expect(amountInForce(history, 'standard', '2020-12-01')?.value).toBe(900)
    expect(amountInForce(history, 'standard', '2019-12-31')?.value).toBe(800)
    expect(amountInForce(history, 'standard', '2018-07-01')?.value).toBe(800)
    expect(amountInForce(history, 'standard', '2018-06-30')).toBeUndefined() // 420 ended 2018-01-01
    expect(amountInForce(history, 'standard', '2016-05-05')?.value).toBe(420)
  })
  it("'YYYY' means from 1 January and 'YYYY-MM' from the 1st", () => {
    expect(amountInForce([a(900, '2020')], 'standard', '2020-01-01')?.value).toBe(900)
    expect(amountInForce([a(900, '2020')], 'standard', '2019-12-31')).toBeUndefined()
    expect(amountInForce([a(465, '2020-02')], 'standard', '2020-01-31')).toBeUndefined()
    expect(amountInForce([a(465, '2020-02')], 'standard', '2020-02-01')?.value).toBe(465)
  })
  it('treats `to` as exclusive', () => {
    const ended = [a(900, '2020', '2021-03')]
    expect(amountInForce(ended, 'standard', '2021-02-28')?.value).toBe(900)
    expect(amountInForce(ended, 'standard', '2021-03-01')).toBeUndefined()
  })
  it('ignores other keys and, on equal `from`, prefers the entry listed last', () => {
    expect(
      amountInForce([a(1, '2020', undefined, 'other')], 'standard', '2020-06-01'),
    ).toBeUndefined()
    expect(
      amountInForce([a(900, '2020'), a(950, '2020-01-01')], 'standard', '2020-06-01')?.value,
    ).toBe(950)
  })
})

describe('paramSource', () => {
  const ref = param('dibao', 'standard', MONTHLY_PER_PERSON)
  it('returns the value in force with what was used', () => {
    const got = paramSource(FIXTURE_PROGRAMMES, '2020-12-01')(ref)
    expect(got).toEqual({
      ok: true,
      value: 900,
      used: {
        programme: 'dibao',
        key: 'standard',
        value: 900,
        unit: 'yuan-per-person-month',
        from: '2020',
      },
    })
  })
  it('tells why a value is missing', () => {
    expect(paramSource(FIXTURE_PROGRAMMES, '2019-12-31')(ref)).toMatchObject({
      ok: false,
      why: 'no-value',
    })
    expect(paramSource([], '2020-12-01')(ref)).toMatchObject({ ok: false, why: 'no-record' })
    expect(
      paramSource(FIXTURE_PROGRAMMES, '2020-12-01')(param('dibao', 'nope', MONTHLY_PER_PERSON)),
    ).toMatchObject({ ok: false, why: 'no-key' })
    const wrongUnit = [
      { ...FIXTURE_PROGRAMMES[0], amounts: [a(900, '2020', undefined, 'standard', 'percent')] },
    ]
    expect(paramSource(wrongUnit, '2020-12-01')(ref)).toMatchObject({
      ok: false,
      why: 'bad-unit',
      unit: 'percent',
    })
  })
  it('converts yearly amounts to monthly', () => {
    expect(monthlyValue({ value: 17280, unit: 'yuan-per-person-year' })).toBe(1440)
    expect(monthlyValue({ value: 900, unit: 'yuan-per-person-month' })).toBe(900)
  })
})
