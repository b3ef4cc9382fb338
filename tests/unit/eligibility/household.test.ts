import { describe, expect, it } from 'vitest'
import { HouseholdError, parseHousehold } from '../../../site/lib/eligibility/household'

const problems = (raw: unknown) => {
  try {
    parseHousehold(raw)
  } catch (err) {
    if (err instanceof HouseholdError) return err.problems
    throw err
  }
  return []
}

describe('parseHousehold', () => {
  it('accepts the documented example', () => {
    const h = parseHousehold({
      date: '2020-12-01',
      residence: 'kaiping-hukou',
      members: [
        { age: 45, canWork: false, seriousIllness: true, inSchool: false, disability: null },
      ],
      monthlyIncome: 1200,
      assetsWithinLimit: true,
      hasAbleSupporter: true,
      childCircumstance: null,
      emergency: null,
      bereavement: false,
      stranded: false,
    })
    expect(h.members?.[0].age).toBe(45)
    expect(h.monthlyIncome).toBe(1200)
    expect(h.emergency).toBeNull()
  })
  it('accepts an empty household (everything unknown)', () => {
    const h = parseHousehold({})
    expect(h.residence).toBeUndefined()
    expect(h.members).toBeUndefined()
  })
  it('reads null facts as unknown but keeps null "none" answers', () => {
    const h = parseHousehold({
      monthlyIncome: null,
      hasAbleSupporter: null,
      childCircumstance: null,
      members: [{ age: null, disability: null }],
    })
    expect(h.monthlyIncome).toBeUndefined()
    expect(h.hasAbleSupporter).toBeUndefined()
    expect(h.childCircumstance).toBeNull()
    expect(h.members?.[0].age).toBeUndefined()
    expect(h.members?.[0].disability).toBeNull()
  })
  it('names the field of a wrong type', () => {
    expect(problems({ members: [{ age: 'seventy' }] })).toEqual([
      { field: 'household.members.0.age', message: expect.stringMatching(/number/) },
    ])
    expect(problems({ monthlyIncome: '1200' })[0].field).toBe('household.monthlyIncome')
  })
  it('rejects values outside the lists and ranges', () => {
    expect(problems({ residence: 'guangzhou' })[0].field).toBe('household.residence')
    expect(problems({ members: [{ disability: { grade: 5, kind: 'physical' } }] })[0].field).toBe(
      'household.members.0.disability.grade',
    )
    expect(problems({ members: [{ disability: { grade: 2, kind: 'leg' } }] })[0].field).toBe(
      'household.members.0.disability.kind',
    )
    expect(problems({ monthlyIncome: -1 })[0].field).toBe('household.monthlyIncome')
    expect(problems({ date: '2021-02-29' })[0]).toEqual({
      field: 'household.date',
      message: 'must be a real date written YYYY-MM-DD',
    })
  })
  it('rejects unknown fields instead of silently ignoring a typo', () => {
    expect(problems({ monthlyincome: 1200 })).toEqual([
      { field: 'household', message: 'unknown field(s) "monthlyincome"' },
    ])
    expect(problems({ members: [{ agee: 3 }] })[0].field).toBe('household.members.0')
  })
  it('puts every problem in the error message', () => {
    expect(() => parseHousehold({ residence: 1, stranded: 'yes' })).toThrow(
      /household\.residence[\s\S]*household\.stranded/,
    )
  })
})
