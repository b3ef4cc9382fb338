import { describe, expect, it } from 'vitest'
import { excerpt, highlight } from '../../../search/excerpt'

const marks = (segs: { text: string; mark: boolean }[]) =>
  segs.filter((s) => s.mark).map((s) => s.text)

describe('highlighted excerpts', () => {
  it('marks Traditional text for a Simplified term, in the original characters', () => {
    expect(marks(highlight('開平養老機構名單', ['养老', '机构']))).toEqual(['養老機構'])
  })
  it('marks latin words case-insensitively', () => {
    expect(marks(highlight('The Dibao standard', ['dibao']))).toEqual(['Dibao'])
  })
  it('cuts around the first match with ellipses', () => {
    const text = '甲'.repeat(200) + '低保' + '乙'.repeat(200)
    const segs = excerpt(text, ['低保'], 40)
    expect(segs[0].text).toBe('…')
    expect(segs.at(-1)!.text).toBe('…')
    expect(marks(segs)).toEqual(['低保'])
  })
})
