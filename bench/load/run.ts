/**
 * npm run bench -- --load — the servers under load, loopback only, bounded in time:
 *   1. the embedded static server: 200 connections for 20 s over a mix of pages;
 *   2. the same while the whole site is rebuilt and swapped in (it must keep answering 200);
 *   3. the admin API: 20 connections for 20 s on /api/programmes, when an admin is running at
 *      ADMIN_URL (e.g. http://127.0.0.1:3000 under `npm start`); skipped otherwise.
 * Requests per second, p99 latency, errors and non-2xx answers, and the server's memory
 * before and after. Uses dist/ (or SITE_OUT_DIR). Writes bench/results/load-<date>.json.
 */
import { writeResults } from '../results'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { ROOT } from '../../cms/paths'
import { buildSite } from '../../scripts/lib/steps'

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20)
const PATHS = [
  '/',
  '/programmes/',
  '/en/programmes/',
  '/policies/',
  '/zh-hant/facilities/',
  '/eligibility/',
]

type Row = Record<string, string | number>

/** Resident memory of another process (the admin), from /proc. */
function rssOfPid(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Math.round(Number(kb) / 1024) : undefined
  } catch {
    return undefined
  }
}

async function fire(
  label: string,
  url: string,
  connections: number,
  paths?: string[],
): Promise<Row> {
  process.stderr.write(`[bench] load: ${label} (${connections} connections, ${SECONDS} s) …\n`)
  const r = await autocannon({
    url,
    connections,
    duration: SECONDS,
    ...(paths ? { requests: paths.map((p) => ({ method: 'GET' as const, path: p })) } : {}),
  })
  return {
    target: label,
    connections,
    'req/s': Math.round(r.requests.average),
    'p99 ms': r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    'non-2xx': r.non2xx,
  }
}

export async function runLoad(): Promise<void> {
  const rows: Row[] = []
  const server = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'node'),
    ['--import', 'tsx', 'bench/load/serve.ts'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout.once('data', (b: Buffer) => resolve(Number(b.toString().trim())))
    server.once('exit', () => reject(new Error('the static server did not start')))
  })
  const site = `http://127.0.0.1:${port}`
  const rssMB = () => rssOfPid(server.pid!) ?? '?'
  try {
    const before = rssMB()
    rows.push({
      ...(await fire('static site', site, 200, PATHS)),
      'MB before': before,
      'MB after': rssMB(),
    })
    // the same load while the site is rebuilt into a staging folder and swapped in
    const rebuild = buildSite()
    const during = await fire('static site during a full rebuild', site, 200, PATHS)
    await rebuild
    rows.push({ ...during, 'MB after': rssMB() })
    const admin = process.env.ADMIN_URL
    if (admin) {
      const pid = Number(process.env.ADMIN_PID) || undefined
      const b = pid && rssOfPid(pid)
      const row = await fire('admin API /api/programmes', `${admin}/api/programmes`, 20)
      rows.push({ ...row, ...(b ? { 'MB before': b, 'MB after': rssOfPid(pid!) ?? '?' } : {}) })
    } else process.stderr.write('[bench] load: ADMIN_URL not set; the admin API was not measured\n')
  } finally {
    server.kill('SIGTERM')
  }
  console.table(rows)
  const bad = rows.filter((r) => Number(r.errors) > 0 || Number(r['non-2xx']) > 0)
  console.log(
    bad.length
      ? `errors under load: ${bad.map((r) => r.target).join(', ')}`
      : 'no errors under load',
  )
  writeResults('load', { seconds: SECONDS, rows })
}
