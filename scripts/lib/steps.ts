/** The build steps shared by `npm start`, `npm run build` and the e2e setup. */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, SITE_DATA_DIR } from '../../cms/paths'
import { databaseFingerprint, databaseHasContent } from './db-fingerprint'
import { mustRun, NOISE } from './run'
import type { FinishJob } from './finish-build'

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
export const SITE_DIST = process.env.SITE_OUT_DIR ?? path.join(ROOT, 'dist')
export const SITE_DATA = SITE_DATA_DIR
export const ADMIN_BUILD_ID = path.join(ROOT, 'cms', '.next', 'BUILD_ID')

export type Env = Record<string, string | undefined>

/** Import content/; with `ifEmpty`, only into an empty database (an embedded one with content is seen in milliseconds). */
export async function seed(
  env: Env = {},
  ifEmpty = false,
  opts: { quietUnlessFailed?: boolean } = {},
): Promise<void> {
  if (ifEmpty && databaseHasContent({ ...process.env, ...env })) {
    if (!opts.quietUnlessFailed)
      console.log('[seed] the database already has content; not importing')
    return
  }
  await mustRun(bin('tsx'), ['cms/seed/run.ts', ...(ifEmpty ? ['--if-empty'] : [])], {
    cwd: ROOT,
    env,
    prefix: '',
    quiet: NOISE,
    buffer: opts.quietUnlessFailed,
  })
}

/**
 * Write the published content for the site build. With `ifChanged`, skip it when the embedded
 * database is unchanged since the last export (db-fingerprint.ts: milliseconds instead of
 * starting Payload). `inProcess` exports with a Payload already running in this process
 * (the rebuilder keeps one warm) instead of starting one in a child; it always exports.
 */
export async function exportData(
  env: Env = {},
  { ifChanged = false, inProcess }: { ifChanged?: boolean; inProcess?: () => Promise<void> } = {},
): Promise<boolean> {
  const merged = { ...process.env, ...env }
  const dir = env.SITE_DATA_DIR ?? SITE_DATA
  const stamp = `${dir}.exported-from`
  // Never beside an in-process Payload: the fingerprint opens the file with node:sqlite, and
  // closing that handle drops the POSIX locks of libsql's connection in the same process (two
  // SQLite libraries in one process), which then kept reading a stale snapshot — every export
  // after the first served the first one's content.
  const before = inProcess ? undefined : databaseFingerprint(merged)
  if (ifChanged && before !== undefined && existsSync(path.join(dir, 'meta.json'))) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === before) {
      console.log('[export] the database is unchanged since the last export; skipped')
      return false
    }
  }
  rmSync(stamp, { force: true })
  if (inProcess) await inProcess()
  else
    await mustRun(bin('tsx'), ['cms/export/run.ts'], {
      cwd: ROOT,
      env: { SITE_DATA_DIR: SITE_DATA, ...env },
      prefix: '',
      quiet: NOISE,
    })
  // the fingerprint from before the export: a publish during it makes the next one run
  if (before !== undefined) writeFileSync(stamp, before)
  return true
}

let building: Promise<unknown> = Promise.resolve()

/**
 * Build the static site into a staging folder, then swap it in so a server never sees half a
 * site. `onlySlugs` (a partial rebuild, rebuild-plan.ts): build every list page but only these
 * records' detail pages, laid over a copy of the current site (whose sitemap stays: no page
 * is added or removed), then swapped in the same way. One build at a time in a process (a
 * publish rebuild and a preview share Astro's caches).
 */
export function buildSite(
  env: Env = {},
  outDir = SITE_DIST,
  opts: { onlySlugs?: string[] } = {},
): Promise<void> {
  const run = building.then(() => buildSiteNow(env, outDir, opts))
  building = run.catch(() => undefined)
  return run
}

async function buildSiteNow(
  env: Env,
  outDir: string,
  { onlySlugs }: { onlySlugs?: string[] },
): Promise<void> {
  const staging = `${outDir}.next-build`
  rmSync(staging, { recursive: true, force: true })
  const t0 = Date.now()
  const took = (what: string) =>
    console.log(`[site] ${what} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  const job: FinishJob = {
    staging: path.resolve(staging),
    outDir: path.resolve(outDir),
    indexDir: path.resolve(`${outDir}.next-index`),
    partial: Boolean(onlySlugs),
    siteDataDir: path.resolve(env.SITE_DATA_DIR ?? SITE_DATA),
  }
  // the file work runs in children, so it never stalls a server in this process (finish-build.ts)
  const child = (step: string) =>
    mustRun(bin('tsx'), ['scripts/lib/finish-build-run.ts', step, JSON.stringify(job)], {
      cwd: ROOT,
      env,
      prefix: '',
    })
  // the search index needs only the export: it is built while Astro builds the pages
  const astro = mustRun(bin('astro'), ['build', '--silent'], {
    cwd: ROOT,
    env: {
      SITE_DATA_DIR: SITE_DATA,
      ...env,
      // the site is always built as it ships (a test runner's NODE_ENV=test means React's dev build)
      NODE_ENV: 'production',
      SITE_OUT_DIR: staging,
      ...(onlySlugs ? { SITE_ONLY_SLUGS: JSON.stringify(onlySlugs) } : {}),
    },
    prefix: '[site]',
  }).then(() =>
    took(onlySlugs ? `astro build (${onlySlugs.length} records and the lists)` : 'astro build'),
  )
  const index = child('index').then(() => took('search index'))
  const [a, i] = await Promise.allSettled([astro, index])
  for (const r of [a, i]) if (r.status === 'rejected') throw r.reason
  await child('finish')
}

export async function buildAdmin(env: Env = {}): Promise<void> {
  await mustRun(bin('payload'), ['generate:importmap'], {
    cwd: ROOT,
    env: { PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', ...env },
    prefix: '[admin]',
    quiet: NOISE,
  })
  await mustRun(bin('next'), ['build', 'cms'], {
    cwd: ROOT,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
    prefix: '[admin]',
  })
}

/** Newest modification time below `dir` (skipping build output), in ms. */
export function newestMtime(
  dir: string,
  skip = /(^|\/)(node_modules|\.next|\.astro|dist)(\/|$)/,
): number {
  let newest = 0
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (skip.test(p)) continue
      if (entry.isDirectory()) walk(p)
      else newest = Math.max(newest, statSync(p).mtimeMs)
    }
  }
  if (existsSync(dir)) walk(dir)
  return newest
}

/** The admin build is stale when any CMS source, content schema or the lock file is newer. */
export function adminIsStale(): boolean {
  if (!existsSync(ADMIN_BUILD_ID)) return true
  const built = statSync(ADMIN_BUILD_ID).mtimeMs
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'cms')),
    newestMtime(path.join(ROOT, 'content', 'schema')),
    statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  )
  return sources > built
}
