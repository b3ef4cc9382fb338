import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sourceToMarkdown } from '../../cms/seed/sourceText'

const md = sourceToMarkdown(readFileSync('content/sources/kaiping-14th-plan-2021-09.txt', 'utf8'))
const headings = md.split('\n').filter((l) => l.startsWith('#'))

describe('the plan as a readable policy page', () => {
  it('has the five chapters as headings and sections below them', () => {
    expect(headings.filter((h) => h.startsWith('## '))).toEqual([
      '## 第一章 发展基础',
      '## 第二章 发展形势',
      '## 第三章 发展目标',
      '## 第四章 具体任务',
      '## 第五章 保障措施',
    ])
    expect(headings).toContain('### 一、综合社会救助水平逐步提升')
    expect(headings).toContain('#### （一）完善救助政策供给')
  })

  it('leaves out the table of contents and replaces the indicator table by a pointer', () => {
    expect(md).not.toMatch(/\.{3,}\s*\d/)
    expect(md.indexOf('## 第一章 发展基础')).toBe(md.lastIndexOf('## 第一章 发展基础'))
    expect(md).not.toContain('\t')
    expect(md).toContain('主要指标表见本站“规划指标”页')
  })

  it('joins sentences that the PDF broke across pages', () => {
    expect(md).toContain('确保特困人员“平日有人照应，生病有人看护”')
    expect(md).toContain('900 元/人月')
  })
})
