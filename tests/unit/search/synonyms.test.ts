import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { meiliSynonyms, synonymKeywords, synonymsFile } from '../../../search/synonyms'

const CONTENT = path.resolve('content')
const { pairs } = synonymsFile.parse(
  parse(readFileSync(path.join(CONTENT, 'search-synonyms.yaml'), 'utf8')),
)
function allYaml(dir: string): string {
  return readdirSync(dir)
    .map((n) => path.join(dir, n))
    .map((p) =>
      statSync(p).isDirectory()
        ? allYaml(p)
        : p.endsWith('.yaml') && !p.endsWith('search-synonyms.yaml')
          ? readFileSync(p, 'utf8')
          : '',
    )
    .join('\n')
}
const content = allYaml(CONTENT)

describe('the seeded synonym list', () => {
  it('has at least 40 pairs, each official word drawn from the content', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40)
    for (const p of pairs) expect(content, p.official).toContain(p.official)
    expect(pairs).toContainEqual({ colloquial: '孤儿补助', official: '孤儿基本生活保障' })
  })
  it('adds the other word to a text that has one side, in either script', () => {
    const list = [{ colloquial: '丧葬', official: '殡葬' }]
    expect(synonymKeywords('殯葬基本服務', list)).toEqual(['丧葬'])
    expect(synonymKeywords('丧葬费用', list)).toEqual(['殡葬'])
    expect(synonymKeywords('低保', list)).toEqual([])
  })
  it('becomes two-way Meilisearch synonyms', () => {
    expect(meiliSynonyms([{ colloquial: '敬老院', official: '养老机构' }])).toEqual({
      敬老院: ['养老机构'],
      养老机构: ['敬老院'],
    })
  })
})
