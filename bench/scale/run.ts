/**
 * npm run bench -- --scale [--sizes 1000,5000] — how the system grows. For the seeded content/
 * and for generated corpora of about 1,000 and 5,000 records (corpus.ts; temporary folders,
 * deleted afterwards), times and peak memory of: import (seed), export, site build, search
 * index, and the whole site build (`npm run build -- --site-only`: export + site + index), with
 * the ratio to the seeded corpus. Writes bench/results/scale-<date>.json. Goals on 2 cores:
 * 5,000 records build in ≤ 120 s and ≤ 2 GB; growth no worse than linear.
 */
import { writeResults } from '../results'
import { CONTENT_TYPES } from '../../content/schema/records'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../../cms/paths'
import { generateCorpus } from './corpus'
import { measure, type Measured } from './measure'
import { measurePublishToLive } from './publish'

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const SIZES = (arg('--sizes') ?? '1000,5000').split(',').map(Number).filter(Boolean)
const GOAL = { seconds: 120, peakMB: 2048 }

type Row = { corpus: string; records: number; pages: number } & Record<string, number | string>

async function oneCorpus(
  label: string,
  size: number | undefined,
): Promise<{ row: Row; steps: Measured[] }> {
  const work = mkdtempSync(path.join(tmpdir(), `kaiping-scale-${label}-`))
  const content = size ? path.join(work, 'content') : path.join(ROOT, 'content')
  const counts = size ? generateCorpus(content, size) : undefined
  const env = {
    CONTENT_DIR: content,
    DATA_DIR: path.join(work, 'data'),
    SITE_DATA_DIR: path.join(work, 'site-data'),
    SITE_OUT_DIR: path.join(work, 'dist'),
    PAYLOAD_SECRET: 'bench-scale',
    PAYLOAD_LOG_LEVEL: 'error',
  }
  const records = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0
  process.stderr.write(`[bench] ${label}: ${records || 'seeded'} records in ${work}\n`)
  const steps: Measured[] = []
  const run = async (step: string, cmd: string, args: string[], extra = {}) => {
    process.stderr.write(`[bench] ${label}: ${step} …\n`)
    const m = await measure(step, cmd, args, { ...env, ...extra }, ROOT)
    process.stderr.write(
      `[bench] ${label}: ${step} ${m.seconds} s (CPU ${m.cpuSeconds ?? '?'} s), ${m.peakMB} MB${m.ok ? '' : ' FAILED'}\n`,
    )
    steps.push(m)
    return m
  }
  try {
    await run('import', bin('tsx'), ['cms/seed/run.ts'])
    if (size) await run('drafts', bin('tsx'), ['bench/scale/drafts.ts'])
    await run('export', bin('tsx'), ['cms/export/run.ts'])
    await run('site', bin('astro'), ['build', '--silent'])
    await run('search', bin('tsx'), ['bench/scale/search-index.ts'])
    await run('build', bin('tsx'), ['scripts/build.ts', '--site-only'], {
      SITE_OUT_DIR: path.join(work, 'dist-full'),
    })
    const pages = (readdirSync(env.SITE_OUT_DIR, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.html'),
    ).length
    const live = await measurePublishToLive(env, label)
    const row: Row = { corpus: label, records: records || seededRecords(), pages }
    for (const s of steps) {
      row[`${s.step} s`] = s.ok ? s.seconds : 'failed'
      if (s.cpuSeconds !== undefined) row[`${s.step} cpu s`] = s.cpuSeconds
      row[`${s.step} MB`] = s.peakMB
    }
    for (const [k, v] of Object.entries(live)) row[k] = v
    return { row, steps }
  } finally {
    // a child's last files may still be landing (the rebuild's leftovers): retry a little
    rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  }
}

function seededRecords(): number {
  const dir = path.join(ROOT, 'content')
  return CONTENT_TYPES.map(
    (t) => readdirSync(path.join(dir, t)).filter((f) => f.endsWith('.yaml')).length,
  ).reduce((a, b) => a + b, 0)
}

export async function runScale(): Promise<void> {
  const results = [await oneCorpus('seeded', undefined)]
  for (const size of SIZES) results.push(await oneCorpus(String(size), size))
  const rows = results.map((r) => r.row)
  const base = rows[0]
  const table = rows.map((r, i) => {
    const out: Record<string, number | string> = { ...r }
    out['records ×'] = +(r.records / base.records).toFixed(1)
    const t = Number(r['build s'])
    out['build ×'] = +(t / Number(base['build s'])).toFixed(1)
    // growth exponent against the seeded corpus: 1 = linear, above 1 = worse than linear
    out['build growth'] =
      i === 0
        ? '—'
        : +(Math.log(t / Number(base['build s'])) / Math.log(r.records / base.records)).toFixed(2)
    return out
  })
  console.table(table)
  const largest = rows.at(-1)!
  const misses = rows
    .filter((r) => r.records >= 4500)
    .flatMap((r) => [
      ...(Number(r['build s']) > GOAL.seconds
        ? [`${r.corpus}: build ${r['build s']} s > ${GOAL.seconds} s`]
        : []),
      ...(Number(r['build MB']) > GOAL.peakMB
        ? [`${r.corpus}: build ${r['build MB']} MB > ${GOAL.peakMB} MB`]
        : []),
    ])
  console.log(
    largest.records >= 4500
      ? misses.length
        ? `goals missed:\n  ${misses.join('\n  ')}`
        : 'scale goals met'
      : 'no corpus of 5,000 records in this run: the 120 s / 2 GB goal was not checked',
  )
  writeResults('scale', { rows: results })
}
