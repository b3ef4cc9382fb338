/**
 * How old a dated figure is ("2020年标准，已有 6 年"): the plan's amounts are 2020 figures, and a
 * reader should see at a glance how long ago they were set. Pure; used by pages and the island.
 */

/** Whole years from the year a figure was set ('YYYY', 'YYYY-MM' …) to the year of `today`. */
export function yearsOld(from: string, today: string): number {
  return Math.max(0, Number(today.slice(0, 4)) - Number(from.slice(0, 4)))
}

/** '.one' where the locale says "1 year" (English), '' otherwise: picks the i18n key. */
export const pluralSuffix = (n: number, lang: string): '' | '.one' =>
  new Intl.PluralRules(lang).select(n) === 'one' ? '.one' : ''
