/** A linear scale from 0 with a round top and round ticks, for the indicator bars. */

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `x`. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(x))
  const f = [1, 2, 2.5, 5, 10].find((s) => s * p >= x * (1 - 1e-12)) ?? 10
  return f * p
}

export type Scale = { max: number; ticks: number[]; x: (v: number) => number }

/**
 * Domain [0, max] onto [0, width]. Percentages always span 0–100 (more if a value is above),
 * so "47%" looks like under half. Values below 0 are not in the plan and clamp to 0.
 */
export function linearScale(values: number[], width: number, percent = false): Scale {
  const top = Math.max(0, ...values)
  const max = percent ? Math.max(100, niceCeil(top)) : niceCeil(top)
  const step = niceCeil(max / 5)
  const ticks: number[] = []
  for (let t = 0; t <= max + step * 1e-9; t += step) ticks.push(+t.toFixed(10))
  return { max, ticks, x: (v) => (Math.min(Math.max(v, 0), max) / max) * width }
}

/**
 * Break `text` into lines that fit `width` at `fontSize`, estimating a CJK character as 1 em
 * and others as 0.6 em (SVG text does not wrap by itself). Breaks at spaces in Latin text.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const em = (c: string) => (/[\u2E80-\uFFEF]/.test(c) ? 1 : 0.6)
  const perLine = width / fontSize
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const token of text.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? []) {
    const w = [...token].reduce((n, c) => n + em(c), 0)
    if (used + w > perLine && line.trim()) {
      lines.push(line.trim())
      line = ''
      used = 0
      if (/^\s+$/.test(token)) continue
    }
    line += token
    used += w
  }
  if (line.trim()) lines.push(line.trim())
  return lines
}
