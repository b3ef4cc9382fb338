/** Copy about parameters (dated amounts from the programme records). */
import { t } from './copy'

const why = {
  'no-record': t(
    '没有这个项目的已发布记录',
    '沒有這個項目的已發佈記錄',
    'there is no published record for this programme',
  ),
  'no-key': t(
    '记录中没有公布这个参数',
    '記錄中沒有公佈這個參數',
    'the record does not publish this parameter',
  ),
  'no-value': t(
    '记录中没有在该日期有效的数值',
    '記錄中沒有在該日期有效的數值',
    'the record has no value in force on that date',
  ),
  'bad-unit': t(
    '记录中的计量单位不是本工具能使用的单位',
    '記錄中的計量單位不是本工具能使用的單位',
    'the record uses a unit this tool cannot use',
  ),
} as const

export const paramCopy = {
  missing: (ref: string, reason: keyof typeof why, date: string, unit?: string) =>
    t(
      `无法判断：参数 ${ref} 在 ${date} 不可用（${why[reason]['zh-CN']}${unit ? `：${unit}` : ''}）`,
      `無法判斷：參數 ${ref} 在 ${date} 不可用（${why[reason]['zh-Hant']}${unit ? `：${unit}` : ''}）`,
      `Cannot tell: parameter ${ref} is not available on ${date} (${why[reason].en}${unit ? `: ${unit}` : ''})`,
    ),
}
