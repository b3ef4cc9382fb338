/**
 * A generated corpus for the scale bench: content/ copied into a temporary folder, then every
 * type but towns multiplied to about `total` records, each copy with its own slug and a
 * "示例/Sample" mark in its title. Policies get a body of realistic length (paragraphs of the
 * plan, the same in three locales, English from the records' own English text). Generated at
 * bench time into a temporary folder: never committed, never on the public site.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { CONTENT_DIR } from '../../content/schema/load'

/** Share of the generated records per type (towns stay the 15 real ones). */
const SHARES = {
  policies: 0.3,
  programmes: 0.15,
  facilities: 0.2,
  'charity-projects': 0.1,
  'place-stories': 0.15,
  indicators: 0.1,
} as const
type Generated = keyof typeof SHARES
type Rec = Record<string, unknown> & { slug: string }

const TITLE_FIELD: Record<Generated, string> = {
  policies: 'title',
  programmes: 'name',
  facilities: 'name',
  'charity-projects': 'name',
  'place-stories': 'name',
  indicators: 'name',
}
const MARK = { 'zh-CN': '〔示例{i}〕', 'zh-Hant': '〔示例{i}〕', en: '[Sample {i}] ' }

function readRecords(dir: string, type: string): Rec[] {
  const folder = path.join(dir, type)
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(path.join(folder, f), 'utf8')) as Rec)
}

function mark(value: unknown, i: number): unknown {
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, string>).map(([l, v]) => [
      l,
      `${(MARK[l as keyof typeof MARK] ?? '').replace('{i}', String(i))}${v}`,
    ]),
  )
}

/** Paragraphs of the plan (Chinese) and the records' English summaries, to build bodies from. */
function textPools(dir: string, policies: Rec[]) {
  const plan = readFileSync(path.join(dir, 'sources', 'kaiping-14th-plan-2021-09.txt'), 'utf8')
  const zh = plan
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 60)
  const en = policies
    .map((p) => (p.summary as Record<string, string> | undefined)?.en)
    .filter((s): s is string => Boolean(s))
  return { zh, en }
}

/** A body of 3–8 paragraphs (about 1–4 KB per locale), different for every copy. */
function body(pools: { zh: string[]; en: string[] }, i: number) {
  const n = 3 + (i % 6)
  const pickZh = Array.from({ length: n }, (_, k) => pools.zh[(i * 7 + k * 13) % pools.zh.length])
  const pickEn = Array.from({ length: n }, (_, k) => pools.en[(i * 5 + k * 3) % pools.en.length])
  const md = (paras: string[], heading: string) =>
    paras.map((p, k) => (k % 3 === 0 ? `## ${heading} ${k + 1}\n\n${p}` : p)).join('\n\n')
  const zh = md(pickZh, '示例段落')
  return { 'zh-CN': zh, 'zh-Hant': zh, en: md(pickEn, 'Sample section') }
}

export type CorpusCounts = Record<string, number>

/** Write a corpus of about `total` records into `outDir` (a content/-shaped folder). */
export function generateCorpus(outDir: string, total: number, from = CONTENT_DIR): CorpusCounts {
  cpSync(from, outDir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}eligibility`),
  })
  const seededTotal = Object.keys(SHARES).reduce((n, t) => n + readRecords(from, t).length, 0)
  const extra = Math.max(0, total - seededTotal - readRecords(from, 'towns').length)
  const counts: CorpusCounts = { towns: readRecords(from, 'towns').length }
  const pools = textPools(from, readRecords(from, 'policies'))
  for (const [type, share] of Object.entries(SHARES) as [Generated, number][]) {
    const originals = readRecords(from, type).filter((r) => !r.sourceFile) // the plan stays one
    const want = Math.round(extra * share)
    for (let i = 1; i <= want; i++) {
      const orig = originals[i % originals.length]
      const copy: Rec = {
        ...structuredClone(orig),
        slug: `${orig.slug}-s${i}`,
        [TITLE_FIELD[type]]: mark(orig[TITLE_FIELD[type]], i),
      }
      if (type === 'policies') copy.body = body(pools, i)
      writeFileSync(path.join(outDir, type, `${copy.slug}.yaml`), stringify(copy))
    }
    counts[type] = readRecords(from, type).length + want
  }
  return counts
}
