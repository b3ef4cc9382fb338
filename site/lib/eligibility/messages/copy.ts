/** Helpers for writing copy. Copy lives in messages/*.ts, logic in predicates/*.ts. */
import type { Copy } from '../types'

export const t = (zhCN: string, zhHant: string, en: string): Copy => ({
  'zh-CN': zhCN,
  'zh-Hant': zhHant,
  en,
})

/** A number as people write it: 1440, 1212.5, 333.33. */
export const n = (x: number): string => String(Math.round(x * 100) / 100)

/** met / unmet / unknown copy of one condition. */
export type StateCopy = { met: Copy; unmet: Copy; unknown: Copy }
