import { pluralSuffix, yearsOld } from './figureAge'
import { t, type Lang } from './i18n'

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

export function amount(value: number, unit: string, lang: Lang): string {
  const n = value.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')
  const u = t(lang, `unit.${unit}` as Parameters<typeof t>[1])
  if (unit === 'percent') return `${n}%`
  return lang === 'en' ? `${n} ${u}` : `${n} ${u}`
}

/**
 * When an amount dates from, as a whole phrase: "（2020年标准，已有 6 年）" / " (2020 rate, 6 years
 * old)" — never "2020年起", which reads as "in force since 2020". Averages (keys "average-…")
 * are data, not a rate. `today` is today in Kaiping, YYYY-MM-DD.
 */
export function amountDate(
  a: { key: string; from: string; to?: string | null },
  lang: Lang,
  today: string,
): string {
  const date = partialDate(a.from, lang) ?? a.from
  if (a.to) return t(lang, 'programme.amount.range', { from: date, to: partialDate(a.to, lang)! })
  const kind = a.key.startsWith('average') ? 'figure' : 'rate'
  const age = yearsOld(a.from, today)
  if (age === 0) return t(lang, `programme.amount.${kind}`, { date })
  return t(lang, `programme.amount.${kind}Age${pluralSuffix(age, lang)}`, { date, age })
}
