/** Programme notes: fixed copy, or copy that shows a dated parameter when one is in force. */
import type { Context } from './conditions'
import type { ParamRef } from './params'
import type { Copy } from './types'

export type Note = (ctx: Context) => Copy | undefined

export const always =
  (copy: Copy): Note =>
  () =>
    copy

/** Shown only when `ref` has a value in force on the date. */
export const withParam =
  (ref: ParamRef, render: (value: number, from: string) => Copy): Note =>
  (ctx) => {
    const p = ctx.param(ref)
    return p.ok ? render(p.value, p.used.from) : undefined
  }
