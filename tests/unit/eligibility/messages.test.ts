/**
 * Copy checks: every engine message exists in zh-CN, zh-Hant and en; zh-Hant holds no
 * simplified characters (OpenCC simplified→traditional leaves it unchanged); en holds no CJK.
 */
import { describe, expect, it } from 'vitest'
import { hantProblems, simplifiedChars } from '../../../content/schema/hantTraps'
import { loadContent } from '../../../content/schema/load'
import enUi from '../../../site/i18n/en.json'
import { evaluate, type ConditionResult, type Copy } from '../../../site/lib/eligibility/index'
import { ageCopy } from '../../../site/lib/eligibility/messages/age'
import { childrenCopy } from '../../../site/lib/eligibility/messages/children'
import { circumstancesCopy } from '../../../site/lib/eligibility/messages/circumstances'
import { groupCopy } from '../../../site/lib/eligibility/messages/composite'
import { disabilityCopy } from '../../../site/lib/eligibility/messages/disability'
import { estimateCopy } from '../../../site/lib/eligibility/messages/estimates'
import { incomeCopy } from '../../../site/lib/eligibility/messages/income'
import { programmeNames, programmeNotes } from '../../../site/lib/eligibility/messages/programmes'
import { residenceCopy } from '../../../site/lib/eligibility/messages/residence'
import { supportCopy } from '../../../site/lib/eligibility/messages/support'
import { FIXTURE_PROGRAMMES } from './fixtures/programmes'
import { adult } from './helpers'

const CJK = /[\u3400-\u9fff]/

function copiesIn(value: unknown, out: Copy[] = []): Copy[] {
  if (Array.isArray(value)) value.forEach((v) => copiesIn(v, out))
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj['zh-CN'] === 'string') out.push(obj as Copy)
    else Object.values(obj).forEach((v) => copiesIn(v, out))
  }
  return out
}

const staticCopy = copiesIn([
  ageCopy,
  childrenCopy,
  circumstancesCopy,
  groupCopy,
  disabilityCopy,
  estimateCopy,
  incomeCopy,
  programmeNames,
  programmeNotes,
  residenceCopy,
  supportCopy,
])

const households = [
  {},
  {
    residence: 'kaiping-hukou',
    members: [adult({ age: 75, canWork: false, care: 'semi' })],
    monthlyIncome: 0,
    assetsWithinLimit: true,
    hasAbleSupporter: false,
    emergency: 'disaster',
    bereavement: true,
    stranded: true,
    childCircumstance: 'orphan',
  },
  {
    residence: 'kaiping-resident',
    members: [adult({ disability: { grade: 3, kind: 'mental' } }), adult({ age: 10 })],
    monthlyIncome: 2500,
    assetsWithinLimit: false,
    hasAbleSupporter: true,
    emergency: 'other',
    bereavement: false,
    stranded: false,
    childCircumstance: 'de-facto-unsupported',
  },
  {
    residence: 'other',
    members: [adult({ age: 18, inSchool: true, seriousIllness: true })],
    monthlyIncome: 5000,
    emergency: null,
    childCircumstance: null,
  },
]
const dynamicCopy = households.flatMap((h) =>
  evaluate(h, { date: '2020-12-01', programmes: FIXTURE_PROGRAMMES }).results.flatMap((r) => [
    ...copiesIn(r.conditions as ConditionResult[]).filter((c) => 'en' in c),
    ...r.notes,
    ...(r.estimateNote ? [r.estimateNote] : []),
  ]),
)

describe('engine copy', () => {
  const all = [...staticCopy, ...dynamicCopy].filter((c): c is Copy => 'zh-Hant' in c && 'en' in c)
  it('has a good number of messages to check', () => {
    expect(staticCopy.length).toBeGreaterThan(60)
    expect(dynamicCopy.length).toBeGreaterThan(100)
  })
  it('exists in all three locales', () => {
    for (const c of [...staticCopy, ...dynamicCopy]) {
      expect(c['zh-CN'].trim(), JSON.stringify(c)).not.toBe('')
      expect(c['zh-Hant']?.trim(), JSON.stringify(c)).toBeTruthy()
      expect(c.en?.trim(), JSON.stringify(c)).toBeTruthy()
    }
  })
  it('has no simplified characters in zh-Hant', () => {
    for (const c of all) {
      expect(simplifiedChars(c['zh-Hant']), c['zh-Hant']).toEqual([])
    }
  })
  it('has no one-to-many conversion errors in zh-Hant (髮/發, 後/后, 裡/裏 …)', () => {
    const problems = all.flatMap((c) => hantProblems(c['zh-CN'], c['zh-Hant']))
    expect(problems).toEqual([])
  })
  it('writes Dibao and Tekun as the content does (capitalised, with the content names)', () => {
    const lower = /\b(dibao|tekun)\b/
    const en = [...all.map((c) => c.en), ...Object.values(enUi)]
    expect(en.filter((s) => lower.test(s))).toEqual([])
    const names = new Map(loadContent().programmes.map((p) => [p.data.slug, p.data.name.en]))
    expect(programmeNames.dibao.en).toBe(names.get('dibao'))
    expect(programmeNames.tekun.en).toBe(names.get('tekun'))
  })
  it('has no Chinese characters in en', () => {
    for (const c of all) expect(CJK.test(c.en), c.en).toBe(false)
  })
})
