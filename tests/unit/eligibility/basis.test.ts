/**
 * Rules that cite themselves: every programme rule carries its legal basis, citing only
 * documents content/ holds — the plan's chapter and verbatim words, or a policy record's own
 * title and 文号 — and the basis reaches the results (and so the page, print sheet and CLI).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadContent, normalise } from '../../../content/schema/load'
import { loadProgrammesForRules } from '../../../scripts/lib/programmes-source'
import { evaluate, flattenLocale, PROGRAMME_RULES } from '../../../site/lib/eligibility/index'

const content = loadContent()
const plan = normalise(readFileSync('content/sources/kaiping-14th-plan-2021-09.txt', 'utf8'))
const policies = new Map(content.policies.map((p) => [p.data.slug, p.data]))
const programmes = new Map(content.programmes.map((p) => [p.data.slug, p.data]))
/** Chapter names as content/ writes them in its citations of the plan. */
const planLocations = new Set(
  [...content.programmes, ...content.policies, ...content.facilities].flatMap((r) =>
    (r.data.citations ?? []).filter((c) => c.source === 'kaiping-14th-plan').map((c) => c.location),
  ),
)

describe('legal basis of the rules', () => {
  for (const rule of PROGRAMME_RULES) {
    it(`${rule.id}: cites only what content/ holds`, () => {
      expect(rule.basis.length).toBeGreaterThan(0)
      const related = programmes.get(rule.id)?.relatedPolicies ?? []
      for (const b of rule.basis) {
        const policy = policies.get(b.policy)
        expect(policy, b.policy).toBeDefined()
        expect(related, `${rule.id} relates ${b.policy}`).toContain(b.policy)
        if (policy?.sourceFile) {
          // the plan: chapter as content names it, words verbatim from the text we hold
          expect(planLocations, b.location).toContain(b.location)
          expect(plan.includes(normalise(b.quote ?? '—')), b.quote).toBe(true)
        } else {
          // a document whose text we do not hold: no chapter or words can be checked, so none
          expect(b.location).toBeUndefined()
          expect(b.quote).toBeUndefined()
        }
      }
    })
  }

  it('reaches the result with title and 文号 from the policy records', () => {
    const { results } = evaluate(
      { residence: 'kaiping-hukou' },
      { date: '2020-12-01', programmes: loadProgrammesForRules() },
    )
    const dibao = results.find((r) => r.programme === 'dibao')!
    expect(dibao.basis).toContainEqual({
      policy: 'zhongbanfa-2020-18',
      title: policies.get('zhongbanfa-2020-18')!.title,
      docNumber: policies.get('zhongbanfa-2020-18')!.docNumber,
    })
    expect(dibao.basis).toContainEqual(
      expect.objectContaining({
        title: expect.objectContaining({ 'zh-CN': '开平市民政事业发展“十四五”规划（征求意见稿）' }),
        location: '第一章 一、综合社会救助水平逐步提升',
        quote: '对高龄、残疾、重病等特殊困难群体申请低保抵扣收入',
      }),
    )
    for (const r of results) expect(r.basis.every((b) => b.title['zh-CN'] !== b.policy)).toBe(true)
    // the CLI's --locale output flattens the title like every other text
    const en = flattenLocale(dibao, 'en') as { basis: { title: string }[] }
    expect(en.basis.map((b) => b.title)).toContain(
      'Opinions on Reforming and Improving the Social Assistance System',
    )
  })

  it('shows the slug, not an invented title, when a record does not relate the policy', () => {
    const bare = loadProgrammesForRules().map((p) => ({ ...p, policies: undefined }))
    const { results } = evaluate({}, { date: '2020-12-01', programmes: bare })
    const basis = results.find((r) => r.programme === 'dibao')!.basis
    expect(basis.map((b) => b.title)).toContainEqual({ 'zh-CN': 'zhongbanfa-2020-18' })
    expect(basis.some((b) => b.docNumber)).toBe(false)
  })
})
