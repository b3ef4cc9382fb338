/**
 * A generated corpus for the search bench: N documents shaped like the CMS export, made of
 * phrases cut from the plan's text. Written only to a temp dir at bench time; never committed,
 * never public.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SiteData } from '../search/source'
import type { Town } from '../site/lib/types'

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed = 42) {
  let s = seed
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}

export function generatedCorpus(n: number, base: SiteData, siteData: string): SiteData {
  const text = readFileSync(
    path.resolve('content/sources/kaiping-14th-plan-2021-09.txt'),
    'utf8',
  ).replace(/\s+/g, '')
  const towns = JSON.parse(readFileSync(path.join(siteData, 'towns.json'), 'utf8')) as Town[]
  const r = rng()
  const cut = (len: number) => {
    const at = Math.floor(r() * (text.length - len))
    return text.slice(at, at + len)
  }
  const l = (s: string) => ({ 'zh-CN': s })
  const at = '2026-01-01T00:00:00.000Z'
  const data: SiteData = { ...base, programmes: [], facilities: [], charity: [], places: [] }
  data.policies = []
  data.indicators = []
  for (let i = 0; i < n; i++) {
    const common = { id: i, slug: `gen-${i}`, updatedAt: at, createdAt: at }
    const name = l(`${cut(4 + Math.floor(r() * 6))}（示例${i}）`)
    const kind = i % 3
    if (kind === 0)
      data.programmes.push({
        ...common,
        name,
        category: 'basic-living',
        summary: l(cut(120)),
        whoCanApply: l(cut(500)),
      })
    else if (kind === 1)
      data.facilities.push({
        ...common,
        name,
        kind: 'care-home',
        town: towns[i % towns.length],
        summary: l(cut(120) + cut(400)),
      })
    else data.charity.push({ ...common, name, summary: l(cut(120)), body: l(`<p>${cut(500)}</p>`) })
  }
  return data
}
