import { describe, expect, it } from 'vitest'
import { fromCmsProgramme } from '../../../site/lib/eligibility/index'

describe('programme as the CMS publishes it → rules input', () => {
  const doc = {
    slug: 'dibao',
    name: { 'zh-CN': '最低生活保障', 'zh-Hant': null, en: 'Dibao' },
    amounts: [
      { key: 'standard', value: 900, unit: 'yuan-per-person-month', from: '2020', to: null },
    ],
    documents: {
      'zh-CN': [{ text: '身份证' }, { text: '户口簿' }],
      en: [{ text: 'ID card' }, { text: 'Hukou booklet' }],
      'zh-Hant': [{ text: '身份證' }],
    },
    where: { 'zh-CN': '镇（街道）社会救助窗口', en: null },
    online: { 'zh-CN': null },
  }

  it('keeps the dated amounts, without empty end dates', () => {
    expect(fromCmsProgramme(doc).amounts).toEqual([
      { key: 'standard', value: 900, unit: 'yuan-per-person-month', from: '2020' },
    ])
  })

  it('pairs list translations only when they have the same lines', () => {
    expect(fromCmsProgramme(doc).documents).toEqual([
      { 'zh-CN': '身份证', en: 'ID card' },
      { 'zh-CN': '户口簿', en: 'Hukou booklet' },
    ])
  })

  it('drops empty translations and empty fields', () => {
    const p = fromCmsProgramme(doc)
    expect(p.name).toEqual({ 'zh-CN': '最低生活保障', en: 'Dibao' })
    expect(p.where).toEqual({ 'zh-CN': '镇（街道）社会救助窗口' })
    expect(p.online).toBeUndefined()
  })
})
