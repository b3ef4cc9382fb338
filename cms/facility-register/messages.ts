/** Staff-facing report text for the register import, in the admin's language (zh or en). */
import type { z } from 'zod'

export type StaffLang = 'zh' | 'en'
export const staffLang = (language: string | undefined): StaffLang =>
  language === 'en' ? 'en' : 'zh'

const M = {
  zh: {
    required: '必填',
    notInt: (v: string) => `“${v}”应为整数`,
    notOption: (v: string, opts: string) => `“${v}”不是可选值（可选：${opts}）`,
    format: (v: string) => `“${v}”格式不对`,
    date: (v: string) => `“${v}”日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD`,
    range: (min?: number, max?: number) =>
      max !== undefined ? `应在 ${min ?? 0}–${max} 之间` : `不能小于 ${min ?? 0}`,
    feeOrder: '最高收费不能低于最低收费',
    newNeeds: '新机构需要填写 slug、name_zh-CN、kind、summary_zh-CN、source 和 source_location',
    duplicate: (row: number) => `与第 ${row} 行是同一家机构`,
    ambiguous: (name: string) => `有多家机构名为“${name}”，请填写 slug`,
    noHeader: (h: string) => `表头缺少列：${h}`,
    unknownHeader: (h: string) => `不认识的列：${h}`,
    encoding: 'CSV 文件不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8”',
    empty: '文件中没有数据行',
    refusedNothing: (n: number) => `有 ${n} 行未通过检查，本次没有导入任何内容。请修正后重新上传。`,
    done: (c: number, u: number, s: number) =>
      `已导入：新建 ${c} 家，更新 ${u} 家，${s} 家无变化。`,
    preview: (c: number, u: number, s: number) =>
      `预览（未写入）：将新建 ${c} 家，更新 ${u} 家，${s} 家无变化。`,
    row: (n: number) => `第 ${n} 行`,
    writeFailed: (n: number, why: string) => `第 ${n} 行写入失败（${why}），本次没有导入任何内容。`,
    other: (msg: string) => msg,
  },
  en: {
    required: 'required',
    notInt: (v: string) => `“${v}” must be a whole number`,
    notOption: (v: string, opts: string) => `“${v}” is not one of: ${opts}`,
    format: (v: string) => `“${v}” is not in the expected format`,
    date: (v: string) => `“${v}”: write dates as YYYY, YYYY-MM or YYYY-MM-DD`,
    range: (min?: number, max?: number) =>
      max !== undefined ? `must be between ${min ?? 0} and ${max}` : `must be at least ${min ?? 0}`,
    feeOrder: 'the highest fee cannot be below the lowest',
    newNeeds:
      'a new facility needs slug, name_zh-CN, kind, summary_zh-CN, source and source_location',
    duplicate: (row: number) => `the same facility as row ${row}`,
    ambiguous: (name: string) => `several facilities are named “${name}”: give the slug`,
    noHeader: (h: string) => `missing column: ${h}`,
    unknownHeader: (h: string) => `unknown column: ${h}`,
    encoding: 'the CSV file is not UTF-8: in Excel, save it as “CSV UTF-8”',
    empty: 'the file has no data rows',
    refusedNothing: (n: number) =>
      `${n} row(s) failed the checks, so nothing was imported. Fix them and upload again.`,
    done: (c: number, u: number, s: number) =>
      `Imported: ${c} created, ${u} updated, ${s} unchanged.`,
    preview: (c: number, u: number, s: number) =>
      `Preview (nothing written): ${c} to create, ${u} to update, ${s} unchanged.`,
    row: (n: number) => `Row ${n}`,
    writeFailed: (n: number, why: string) =>
      `Row ${n} could not be written (${why}), so nothing was imported.`,
    other: (msg: string) => msg,
  },
}
export const messages = (lang: StaffLang) => M[lang]

/** One schema problem as a sentence for the editor. */
export function issueText(
  lang: StaffLang,
  issue: z.core.$ZodIssue,
  cell: string | undefined,
  column: string,
): string {
  const m = M[lang]
  const v = cell ?? ''
  switch (issue.code) {
    case 'invalid_type':
      return cell === undefined || cell === ''
        ? m.required
        : issue.expected === 'number'
          ? m.notInt(v)
          : m.format(v)
    case 'invalid_value':
      return m.notOption(v, issue.values.map(String).join(lang === 'en' ? ', ' : '、'))
    case 'invalid_format':
      return /year|as_of/.test(column) ? m.date(v) : m.format(v)
    case 'too_small':
    case 'too_big': {
      const range = column === 'stars' ? [1, 5] : [0, undefined]
      return m.range(range[0], range[1])
    }
    case 'custom':
      return column.startsWith('fee') ? m.feeOrder : m.other(issue.message)
    default:
      return m.other(issue.message)
  }
}
