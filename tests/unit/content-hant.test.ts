/**
 * Content lint, Traditional Chinese: no one-to-many conversion errors (髮/發, 後/后, 裡/裏 …) in
 * any zh-Hant string of content/ or the UI strings (content/schema/hantTraps.ts).
 */
import { describe, expect, it } from 'vitest'
import { hantProblems, simplifiedChars } from '../../content/schema/hantTraps'
import { loadContent } from '../../content/schema/load'
import zhCN from '../../site/i18n/zh-CN.json'
import zhHant from '../../site/i18n/zh-Hant.json'

type Pair = { at: string; cn?: string; hant: string }

/** Every object with a zh-Hant string, with its zh-CN sibling and its path. */
function pairs(value: unknown, at: string): Pair[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pairs(v, `${at}.${i}`))
  if (!value || typeof value !== 'object') return []
  const o = value as Record<string, unknown>
  const own: Pair[] =
    typeof o['zh-Hant'] === 'string'
      ? [{ at, hant: o['zh-Hant'], cn: typeof o['zh-CN'] === 'string' ? o['zh-CN'] : undefined }]
      : []
  return [...own, ...Object.entries(o).flatMap(([k, v]) => pairs(v, `${at}.${k}`))]
}

const problems = (list: Pair[]) =>
  list.flatMap(({ at, cn, hant }) => hantProblems(cn, hant).map((p) => `${at}: ${p}`))

describe('zh-Hant one-to-many conversion errors', () => {
  it('catches 髮放 (OpenCC itself writes it after 保障金) and the pairs of the trap list', () => {
    expect(hantProblems('生活保障金发放标准', '生活保障金髮放標準')).toHaveLength(1)
    expect(hantProblems('生活保障金发放标准', '生活保障金發放標準')).toEqual([])
    expect(hantProblems(undefined, '以後的工作')).toEqual([])
    for (const wrong of ['髮放補貼', '這裡', '放松', '著重', '至于', '乾部', '幹淨', '皇後后來'])
      expect(hantProblems(undefined, wrong), wrong).not.toEqual([])
    for (const right of ['頭髮', '這裏', '松樹', '著名', '於是', '幹部', '乾淨', '皇后', '麵包'])
      expect(hantProblems(undefined, right), right).toEqual([])
  })

  it('compares with OpenCC where the texts are parallel (頭發 → 頭髮)', () => {
    expect(hantProblems('老人的头发', '老人的頭發')).toHaveLength(1)
    expect(hantProblems('老人的头发', '老人的頭髮')).toEqual([])
    // not parallel (different clauses): only the trap list applies
    expect(hantProblems('老人的头发', '長者，頭發')).toEqual([])
  })

  it('finds none in content/', () => {
    const content = loadContent()
    const list = Object.entries(content).flatMap(([type, v]) =>
      type === 'dir'
        ? []
        : type === 'site'
          ? pairs(v, 'content/site.yaml')
          : (v as { file: string; data: unknown }[]).flatMap((r) => pairs(r.data, r.file)),
    )
    expect(list.length).toBeGreaterThan(400)
    expect(problems(list)).toEqual([])
  })

  it('finds none in the UI strings', () => {
    const cn = zhCN as Record<string, string>
    const list = Object.entries(zhHant as Record<string, string>).map(([k, hant]) => ({
      at: `site/i18n/zh-Hant.json ${k}`,
      cn: cn[k],
      hant,
    }))
    expect(problems(list)).toEqual([])
  })
})

describe('simplified characters in zh-Hant (the one check the content lint and copy tests share)', () => {
  it('finds Simplified characters and passes forms Hong Kong writes either way', () => {
    expect(simplifiedChars('我们这里发放')).toEqual(['们', '这', '里', '发'])
    expect(simplifiedChars('床位、群眾、兑換、住戶、批准、上游、若干、這裏')).toEqual([])
  })
})
