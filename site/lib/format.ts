import type { VocabValue } from '../../content/schema/vocabulary'
import { optionLabel, type Lang } from './i18n'

/** "2020" → "2020年" / "2020"; "2020-02" → "2020年2月" / "Feb 2020". */
export function partialDate(value: string | null | undefined, lang: Lang): string | undefined {
  if (!value) return undefined
  const [y, m, d] = value.split('-').map(Number)
  if (lang === 'en') {
    const month = m
      ? new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
      : ''
    return [d, month, y].filter(Boolean).join(' ')
  }
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`
}

export function amount(value: number, unit: VocabValue<'unit'>, lang: Lang): string {
  const n = value.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')
  const u = optionLabel(lang, 'unit', unit)
  if (unit === 'percent') return `${n}%`
  return lang === 'en' ? `${n} ${u}` : `${n} ${u}`
}
