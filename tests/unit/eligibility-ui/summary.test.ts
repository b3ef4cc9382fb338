import { describe, expect, it } from 'vitest'
import { withMember } from '../../../site/lib/eligibility-ui/answers'
import { stepsFor } from '../../../site/lib/eligibility-ui/steps'
import { summarize } from '../../../site/lib/eligibility-ui/summary'
import { nextAfterChange } from '../../../site/lib/eligibility-ui/validate'
import { ALL_UNKNOWN, ALONE_75, FAMILY } from './fixtures'

describe('your answers', () => {
  it('lists one row per step asked, with the answer given', () => {
    const rows = summarize(ALONE_75)
    expect(rows.map((r) => r.step)).toEqual(stepsFor(ALONE_75))
    expect(rows[0]).toEqual({
      step: 'residence',
      question: { key: 'elig.q.residence' },
      answers: [{ key: 'elig.residence.kaiping-hukou' }],
    })
    expect(rows[1].answers).toEqual([{ key: 'elig.summary.people', vars: { n: 1 } }])
    expect(rows[2].answers).toEqual([
      { key: 'elig.summary.age', vars: { n: 75 } },
      { key: 'elig.situation.none' },
    ])
    expect(rows.find((r) => r.step === 'income')?.answers).toEqual([
      { key: 'elig.summary.money', vars: { amount: '0' } },
    ])
  })

  it('names further people, disability details and 不清楚', () => {
    const rows = summarize(FAMILY)
    expect(rows.find((r) => r.step === 'person-1')?.question).toEqual({
      key: 'elig.q.person.other',
      vars: { n: 2 },
    })
    expect(rows.find((r) => r.step === 'person-0')?.answers.slice(1)).toEqual([
      { key: 'elig.situation.disability' },
      { key: 'elig.situation.cannotWork' },
      { key: 'elig.grade.2' },
      { key: 'elig.kind.physical' },
    ])
    expect(summarize(ALL_UNKNOWN).find((r) => r.step === 'size')?.answers).toEqual([
      { key: 'elig.unknown' },
    ])
    expect(summarize({ members: [] })[0].answers).toEqual([{ key: 'elig.summary.notAnswered' }])
  })
})

describe('changing one answer from the results', () => {
  it('goes straight back to the results when nothing new needs answering', () => {
    expect(nextAfterChange(ALONE_75, 'residence')).toBe('results')
    expect(nextAfterChange(ALONE_75, 'stranded')).toBe('results')
  })

  it('stops at a step the change opened (a second person)', () => {
    expect(nextAfterChange({ ...ALONE_75, size: 2 }, 'size')).toBe('person-1')
    // a newly ticked 残疾人证 is answered on the same step, so the results come next
    const disabled = withMember(ALONE_75, 0, {
      age: 75,
      situations: ['disability'],
      grade: 1,
      kind: 'physical',
    })
    expect(nextAfterChange(disabled, 'person-0')).toBe('results')
  })
})
