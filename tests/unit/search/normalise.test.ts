import { describe, expect, it } from 'vitest'
import { normalise, terms } from '../../../search/normalise'

describe('the shared query normaliser', () => {
  it('turns Traditional (Hong Kong and Taiwan forms) into Simplified', () => {
    expect(normalise('養老機構')).toBe('养老机构')
    expect(normalise('這裏的殯葬服務')).toBe('这里的殡葬服务')
  })
  it('turns full-width letters and digits half-width, lower case, and drops tone marks', () => {
    expect(normalise('ＤＩＢＡＯ　２０２０')).toBe('dibao 2020')
    expect(normalise('Dī Bǎo')).toBe('di bao')
    expect(normalise('lǜ')).toBe('lu')
  })
  it('makes punctuation a word break', () => {
    expect(normalise('“十四五”规划（征求意见稿）')).toBe('十四五 规划 征求意见稿')
  })
  it('indexes Chinese as character pairs, single characters only when alone or asked', () => {
    expect(terms('养老机构')).toEqual(['养老', '老机', '机构'])
    expect(terms('镇')).toEqual(['镇'])
    expect(terms('赤坎 chikan 2020')).toEqual(['赤坎', 'chikan', '2020'])
    expect(terms('低保', { unigrams: true })).toEqual(['低', '保', '低保'])
  })
})
