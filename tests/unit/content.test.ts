/**
 * Content lint: what an editor or a reader would catch in content/ — run in `npm test`.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { simplifiedChars } from '../../content/schema/hantTraps'
import { loadContent, normalise, type Content } from '../../content/schema/load'

const content: Content = loadContent()
const plan = normalise(readFileSync('content/sources/kaiping-14th-plan-2021-09.txt', 'utf8'))
type Rec = { file: string; data: Record<string, unknown> }
const all: Rec[] = Object.entries(content).flatMap(([k, v]) => (k === 'site' ? [] : (v as Rec[])))

/** Every string in a record, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k))
  return []
}

describe('content lint', () => {
  it('has the records the site promises', () => {
    expect(content.towns).toHaveLength(15)
    expect(
      content.indicators.filter((r) => !r.data.row.includes('-')).map((r) => r.data.row),
    ).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)))
    const stars = content.facilities
      .filter((f) => f.data.starRating)
      .map((f) => [f.data.name['zh-CN'], f.data.starRating!.stars])
    expect(stars).toEqual(
      expect.arrayContaining([
        ['开平市福利院', 4],
        ['开平市东华颐养院', 3],
        ['开平市三埠美仙养老院', 3],
        ['开平市水口镇颐养院', 1],
        ['开平市金鸡镇颐养院', 1],
      ]),
    )
    expect(content['place-stories'].map((p) => p.data.town).sort()).toEqual(
      [...new Set(content.towns.map((t) => t.data.slug))].sort(),
    )
    for (const slug of ['cishan-chaoshi', 'jinqiu-zhuxue', 'guanai-liushou-ertong']) {
      expect(content['charity-projects'].map((c) => c.data.slug)).toContain(slug)
    }
  })

  it('cites the plan for every figure it takes from it, with a quote found in the plan', () => {
    const problems: string[] = []
    for (const { file, data } of content.programmes) {
      for (const a of data.amounts) {
        const q = a.citation.quote ? normalise(a.citation.quote) : ''
        if (a.citation.source !== 'kaiping-14th-plan') continue
        if (!q || !plan.includes(q)) problems.push(`${file}: amount ${a.key} has no verbatim quote`)
        else if (!q.includes(String(a.value)))
          problems.push(
            `${file}: amount ${a.key}=${a.value} is not in its quote "${a.citation.quote}"`,
          )
      }
    }
    for (const { file, data } of content.facilities) {
      const s = data.starRating
      if (
        s &&
        !(
          s.citation.quote &&
          normalise(s.citation.quote).includes(['', '一', '二', '三', '四', '五'][s.stars] + '星级')
        )
      ) {
        problems.push(`${file}: star rating without a quote naming it`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes no number into programme and facility text that none of its citations contains', () => {
    const problems: string[] = []
    for (const { file, data } of [...content.programmes, ...content.facilities] as Rec[]) {
      const quotes = strings(data)
        .filter(([p]) => /quote$/.test(p))
        .map(([, q]) => normalise(q))
        .join('|')
      for (const [path, text] of strings(data)) {
        if (!/^(summary|whoCanApply|name)\.zh-CN$/.test(path)) continue
        for (const m of normalise(text).matchAll(/(\d+(?:\.\d+)?)(?=万?元|%|个|家|张|人次|宗)/g)) {
          if (!quotes.includes(m[1]))
            problems.push(`${file}: ${path} says ${m[0]}… but no citation quote contains ${m[1]}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('shows no placeholder data as real', () => {
    const problems: string[] = []
    for (const { file, data } of all) {
      for (const [path, text] of strings(data)) {
        if (
          /示例|待核实|TODO|TBD|lorem|xxx/i.test(text) &&
          !/（示例）|（待核实）|\(example\)|\(to be verified\)/i.test(text)
        ) {
          problems.push(`${file}: ${path} has unmarked placeholder text`)
        }
        if (/^(phone|address)/.test(path) && /(\d)\1{5,}|1234567|0000/.test(text))
          problems.push(`${file}: ${path} looks invented`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes Traditional Chinese text in Traditional characters', () => {
    const problems: string[] = []
    for (const { file, data } of all) {
      for (const [path, text] of strings(data)) {
        if (!path.endsWith('zh-Hant')) continue
        const found = simplifiedChars(text)
        if (found.length)
          problems.push(`${file}: ${path} has simplified characters ${found.join('')}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('links only to pages the site has', () => {
    const routes = new Set([
      '/',
      '/programmes/',
      '/facilities/',
      '/policies/',
      '/charity/',
      '/places/',
      '/indicators/',
      '/eligibility/',
    ])
    const sections: [keyof Content, string][] = [
      ['programmes', 'programmes'],
      ['facilities', 'facilities'],
      ['policies', 'policies'],
      ['charity-projects', 'charity'],
      ['place-stories', 'places'],
    ]
    for (const [type, section] of sections)
      for (const r of content[type] as Rec[]) routes.add(`/${section}/${r.data.slug}/`)
    const links = [
      ...content.site.audiences.map((a) => ['content/site.yaml', a.href] as const),
      ...all.flatMap(({ file, data }) =>
        strings(data).flatMap(([, t]) =>
          [...t.matchAll(/\]\((\/[^)\s#]*)/g)].map((m) => [file, m[1]] as const),
        ),
      ),
    ]
    const broken = links
      .filter(([, href]) => !routes.has(href.split('#')[0]))
      .map(([f, h]) => `${f}: ${h}`)
    expect(broken).toEqual([])
  })
})
