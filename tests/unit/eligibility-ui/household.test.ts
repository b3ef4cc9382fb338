import { describe, expect, it } from 'vitest'
import { evaluateFacts } from '../../../site/lib/eligibility/core'
import { evaluate, parseHousehold } from '../../../site/lib/eligibility/index'
import { toHousehold } from '../../../site/lib/eligibility-ui/household'
import { FIXTURE_PROGRAMMES } from '../eligibility/fixtures/programmes'
import { ALL_UNKNOWN, ALONE_75, FAMILY, SAMPLES } from './fixtures'

describe('answers → Household', () => {
  it('maps the 75-year-old living alone exactly', () => {
    expect(toHousehold(ALONE_75)).toEqual({
      residence: 'kaiping-hukou',
      members: [
        { age: 75, canWork: true, seriousIllness: false, inSchool: false, disability: null },
      ],
      monthlyIncome: 0,
      assetsWithinLimit: true,
      hasAbleSupporter: false,
      emergency: null,
      bereavement: false,
      stranded: false,
    })
  })

  it('maps situations, disability, the child answer and the emergency of a family', () => {
    const h = toHousehold(FAMILY)
    expect(h.members).toEqual([
      {
        age: 45,
        canWork: false,
        seriousIllness: false,
        inSchool: false,
        disability: { grade: 2, kind: 'physical' },
      },
      { age: 10, canWork: true, seriousIllness: false, inSchool: true, disability: null },
      { age: 19, canWork: true, seriousIllness: false, inSchool: true, disability: null },
    ])
    expect(h).toMatchObject({
      residence: 'kaiping-resident',
      monthlyIncome: 1500.5,
      hasAbleSupporter: true,
      childCircumstance: 'de-facto-unsupported',
      emergency: 'illness-expense',
      stranded: false,
    })
    expect('assetsWithinLimit' in h || 'bereavement' in h).toBe(false)
  })

  it('turns every 不清楚 into an absent fact (unknown), with no members when the size is unknown', () => {
    expect(toHousehold(ALL_UNKNOWN)).toEqual({})
    expect(toHousehold({ members: [] })).toEqual({})
    expect(toHousehold({ members: [{ age: 'unknown', situations: 'unknown' }], size: 1 })).toEqual({
      members: [{}],
    })
  })

  it('gives no disability when the grade or the kind is unknown, rather than guessing', () => {
    const h = toHousehold({
      size: 1,
      members: [{ age: 50, situations: ['disability'], grade: 'unknown', kind: 'visual' }],
    })
    expect(h.members?.[0]).toEqual({
      age: 50,
      canWork: true,
      seriousIllness: false,
      inSchool: false,
    })
  })

  it('ignores answers left over from another path', () => {
    const stale = {
      ...ALONE_75,
      members: [
        { age: 75, situations: 'none' as const, grade: 1 as const, kind: 'mental' as const },
        { age: 5 },
      ],
      child: 'orphan' as const,
    }
    const h = toHousehold(stale)
    expect(h.members).toHaveLength(1)
    expect(h.members?.[0].disability).toBeNull()
    expect(h.childCircumstance).toBeUndefined()
    expect(toHousehold({ ...FAMILY, child: 'none' }).childCircumstance).toBeNull()
  })

  it('only ever produces households the engine accepts unchanged', () => {
    for (const answers of Object.values(SAMPLES)) {
      const h = toHousehold(answers)
      expect(parseHousehold(h)).toEqual(h)
    }
  })

  it('evaluates the same with the browser core (no validation) as with evaluate()', () => {
    const opts = { date: '2025-06-01', programmes: FIXTURE_PROGRAMMES }
    for (const answers of Object.values(SAMPLES)) {
      const h = toHousehold(answers)
      expect(evaluateFacts(h, opts)).toEqual(evaluate(h, opts))
    }
  })

  it('finds 特困 likely, with an estimate and the 2020 figures it used, for the 75-year-old', () => {
    const tekun = evaluateFacts(toHousehold(ALONE_75), {
      date: '2025-06-01',
      programmes: FIXTURE_PROGRAMMES,
    }).results.find((r) => r.programme === 'tekun')
    expect(tekun).toMatchObject({ status: 'likely', monthlyEstimate: 1440 })
    expect(tekun?.estimateParameters).toEqual([
      {
        programme: 'tekun',
        key: 'basic-living',
        value: 17280,
        unit: 'yuan-per-person-year',
        from: '2020',
      },
    ])
  })
})
