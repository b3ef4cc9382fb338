import { describe, expect, it } from 'vitest'
import {
  dibaoTopUp,
  perCase,
  perQualifyingMember,
  tekunSupport,
} from '../../../site/lib/eligibility/estimates'
import {
  MONTHLY_AMOUNT,
  MONTHLY_PER_PERSON,
  PER_CASE,
  param,
} from '../../../site/lib/eligibility/params'
import { disabledState } from '../../../site/lib/eligibility/predicates/disability'
import { isTekunCategory } from '../../../site/lib/eligibility/predicates/support'
import { adult, estimate } from './helpers'

const STANDARD = param('dibao', 'standard', MONTHLY_PER_PERSON)
const tekun = tekunSupport(
  param('tekun', 'basic-living', MONTHLY_PER_PERSON),
  {
    'full-self': param('tekun', 'care-full-self', MONTHLY_AMOUNT),
    semi: param('tekun', 'care-semi', MONTHLY_AMOUNT),
    full: param('tekun', 'care-full', MONTHLY_AMOUNT),
  },
  isTekunCategory,
)
const elder = (over: object = {}) => adult({ age: 75, canWork: false, ...over })

describe('dibaoTopUp = 低保标准 × 人数 − 家庭月收入', () => {
  it('works out the top-up', () => {
    const e = estimate(dibaoTopUp(STANDARD), {
      members: [adult(), adult(), adult()],
      monthlyIncome: 1200,
    })
    expect(e.monthly).toBe(1500)
    expect(e.note['zh-CN']).toBe(
      '低保补差 = 低保标准 900 元 × 3 人 − 家庭月收入 1200 元 = 1500 元/月（不低于 0）',
    )
  })
  it('is never below 0', () => {
    expect(
      estimate(dibaoTopUp(STANDARD), { members: [adult()], monthlyIncome: 1000 }).monthly,
    ).toBe(0)
  })
  it('is absent without a standard in force or without income', () => {
    expect(
      estimate(dibaoTopUp(STANDARD), { members: [adult()], monthlyIncome: 0 }, '2019-12-31')
        .monthly,
    ).toBeUndefined()
    expect(estimate(dibaoTopUp(STANDARD), { members: [adult()] }).monthly).toBeUndefined()
  })
})

describe('tekunSupport = 基本生活标准/12 + 照料护理费', () => {
  it('is 1440 a month without a care assessment, and lists the tiers', () => {
    const e = estimate(tekun, { members: [elder()] })
    expect(e.monthly).toBe(1440)
    expect(e.note.en).toContain('partly dependent 465 yuan')
  })
  it.each([
    ['full-self', 1471],
    ['semi', 1905],
    ['full', 2370],
  ] as const)('adds the %s tier', (care, total) => {
    expect(estimate(tekun, { members: [elder({ care })] }).monthly).toBe(total)
  })
  it('leaves out the care fee before it started in 2020-02', () => {
    const e = estimate(tekun, { members: [elder({ care: 'full' })] }, '2020-01-31')
    expect(e.monthly).toBe(1440)
    expect(e.note['zh-CN']).toContain('没有有效标准')
  })
  it('counts each person in a 特困 category', () => {
    expect(
      estimate(tekun, { members: [elder({ care: 'semi' }), elder({ age: 70 })] }).monthly,
    ).toBe(1440 * 2 + 465)
    expect(estimate(tekun, { members: [elder(), adult()] }).monthly).toBe(1440)
  })
  it('is absent before the basic standard is in force', () => {
    expect(estimate(tekun, { members: [elder()] }, '2019-12-31').monthly).toBeUndefined()
  })
})

describe('perQualifyingMember', () => {
  const living = perQualifyingMember(
    param('canji-shenghuo-butie', 'allowance', MONTHLY_PER_PERSON),
    disabledState,
  )
  it('is yearly ÷ 12 per disabled member', () => {
    expect(
      estimate(living, { members: [adult({ disability: { grade: 3, kind: 'physical' } })] })
        .monthly,
    ).toBe(175)
    expect(
      estimate(living, {
        members: [
          adult({ disability: { grade: 3, kind: 'physical' } }),
          adult({ disability: { grade: 1, kind: 'visual' } }),
        ],
      }).monthly,
    ).toBe(350)
  })
  it('says so when a programme has no published amount', () => {
    const gaoling = perQualifyingMember(
      param('gaoling-jintie', 'allowance', MONTHLY_AMOUNT),
      () => 'met',
    )
    const e = estimate(gaoling, { members: [adult({ age: 85 })] })
    expect(e.monthly).toBeUndefined()
    expect(e.note['zh-CN']).toContain('没有公布')
  })
})

describe('perCase', () => {
  it('is a one-off amount, not monthly', () => {
    const e = estimate(perCase(param('shengtai-anzang-butie', 'subsidy', PER_CASE)), {})
    expect(e).toMatchObject({ oneOff: 500 })
    expect(e.monthly).toBeUndefined()
  })
})
