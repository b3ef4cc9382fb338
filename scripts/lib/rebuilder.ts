/**
 * Keeps dist/ in step with the published CMS content: a debounced rebuild queue, fed by the
 * loopback endpoint the CMS's publish hook calls (rebuild-endpoint.ts, SITE_REBUILD_URL).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Payload } from 'payload'
import path from 'node:path'
import { ROOT } from '../../cms/paths'
import { STATUS_FILE, writeRebuildStatus, type RebuildStatus } from '../../cms/siteStatus'
import { readSiteData, type SiteData } from '../../cms/export/exported'
import { planRebuild, type RebuildPlan } from './rebuild-plan'
import { buildSite, exportData, newestMtime, SITE_DATA, SITE_DIST } from './steps'

/** Beside the exported data, so a test's or a second checkout's build keeps its own stamp. */
const STAMP = `${SITE_DATA}.stamp.json`

/** What the current dist/ was built from: the exported content and the site's sources. */
export function siteInputs(): string {
  const hash = createHash('sha256')
  if (existsSync(SITE_DATA)) {
    for (const entry of readdirSync(SITE_DATA, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = path.join(SITE_DATA, entry.name)
      if (entry.isDirectory())
        hash
          .update(entry.name)
          .update(readdirSync(p).sort().join('\n'))
          .update(String(newestMtime(p)))
      else if (entry.name !== 'meta.json') hash.update(entry.name).update(readFileSync(p))
    }
  }
  hash.update(String(newestMtime(path.join(ROOT, 'site'))))
  hash.update(String(newestMtime(path.join(ROOT, 'public'))))
  hash.update(readFileSync(path.join(ROOT, 'astro.config.mjs')))
  hash.update(process.env.SITE_URL ?? '')
  return hash.digest('hex')
}

export function siteIsStale(): boolean {
  if (!existsSync(path.join(SITE_DIST, 'index.html')) || !existsSync(STAMP)) return true
  return JSON.parse(readFileSync(STAMP, 'utf8')).inputs !== siteInputs()
}

/**
 * `npm start`'s step: export, build if stale, and record it, so the admin never shows the
 * failure of an earlier run once the site is current again.
 */
export async function exportAndBuildIfStale(log = console.log): Promise<boolean> {
  const t0 = Date.now()
  await exportData({}, { ifChanged: true })
  const built = await buildIfStale(log)
  writeStatus({
    ok: true,
    at: new Date().toISOString(),
    kind: built ? 'full' : 'none',
    seconds: +((Date.now() - t0) / 1000).toFixed(1),
    message: built ? 'built at start' : 'up to date at start',
    trigger: 'start',
  })
  return built
}

async function buildIfStale(log = console.log): Promise<boolean> {
  if (!siteIsStale()) {
    log('[site] up to date')
    return false
  }
  await fullBuild()
  return true
}

async function fullBuild() {
  await buildSite()
  writeFileSync(STAMP, JSON.stringify({ inputs: siteInputs(), builtAt: new Date().toISOString() }))
}

let warm: Promise<Payload> | undefined
/**
 * The rebuilder's own Payload, started once (on the first publish, or by `warmUp()` once the
 * servers are ready) and kept: an export then takes about a second instead of a Payload start.
 */
export function warmUp(): Promise<Payload> {
  warm ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../cms/payload.config')
    return getPayload({ config })
  })()
  warm.catch(() => (warm = undefined))
  return warm
}

/**
 * The export after publishes: only the records they touch (cms/export/incremental.ts), or
 * everything when `full` or when the incremental export cannot be sure.
 */
async function exportWithWarmPayload(
  reasons: string[],
  full: boolean,
  before: SiteData,
  log: (s: string) => void,
) {
  const payload = await warmUp()
  if (!full) {
    const { exportChanges } = await import('../../cms/export/incremental')
    if (await exportChanges(payload, SITE_DATA, reasons, log, before)) return
  }
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(payload, SITE_DATA, (l) => log(l))
}

/** Records the outcome for the admin's dashboard and `GET /status` (cms/siteStatus.ts). */
function writeStatus(status: RebuildStatus) {
  try {
    writeRebuildStatus(status)
  } catch (err) {
    console.warn(`[rebuild] could not write ${STATUS_FILE}: ${(err as Error).message}`)
  }
}

/** What a rebuild did: full, partial (`records` records' pages and the lists) or nothing. */
type Built = { kind: RebuildStatus['kind']; detail: string; records?: number }

/**
 * Export, then rebuild what the publishes in `reasons` touch (rebuild-plan.ts), or everything
 * when `full` or in doubt. Returns what was done.
 */
export async function rebuildFor(
  reasons: string[],
  full: boolean,
  log = console.log,
): Promise<Built> {
  const before = readSiteData(SITE_DATA)
  const t0 = Date.now()
  await exportData({}, { inProcess: () => exportWithWarmPayload(reasons, full, before, log) })
  log(`[rebuild] export in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  const plan: RebuildPlan = full
    ? { kind: 'full', why: 'the last rebuild failed' }
    : planRebuild(reasons, before, readSiteData(SITE_DATA))
  if (plan.kind === 'partial' && existsSync(path.join(SITE_DIST, 'index.html'))) {
    log(
      `[rebuild] partial: ${plan.slugs.length} record(s) (${plan.slugs.slice(0, 5).join(', ')}…) and the lists`,
    )
    await buildSite({}, SITE_DIST, { onlySlugs: plan.slugs })
    writeFileSync(
      STAMP,
      JSON.stringify({ inputs: siteInputs(), builtAt: new Date().toISOString() }),
    )
    return {
      kind: 'partial',
      detail: `${plan.slugs.length} records`,
      records: plan.slugs.length,
    }
  }
  if (plan.kind === 'full') log(`[rebuild] full: ${plan.why}`)
  const built = full ? (await fullBuild(), true) : await buildIfStale(log)
  return built
    ? { kind: 'full', detail: plan.kind === 'full' ? plan.why : 'site changed' }
    : { kind: 'none', detail: 'no change' }
}

type Build = (reasons: string[], full: boolean) => Promise<Built>

/**
 * Debounced: a burst of publishes makes one build, started `debounceMs` after the last one —
 * but never later than `maxWaitMs` after the first, so steady publishing cannot postpone it.
 * Publishes during a build are kept for the next one, so a burst always ends in a site built
 * after its last publish. A failed build leaves the last good site serving, says so in the
 * status, and makes the next build a full one. One second is enough to gather a burst (a
 * register import, a bulk publish sends its requests within milliseconds) and is a tenth of the
 * 10-second publish → live goal.
 */
export const DEBOUNCE_MS = 1000

export function createRebuilder(
  debounceMs = DEBOUNCE_MS,
  log = console.log,
  maxWaitMs = 30_000,
  build: Build = (reasons, full) => rebuildFor(reasons, full, log),
  onStatus: (s: RebuildStatus) => void = writeStatus,
) {
  let timer: NodeJS.Timeout | undefined
  let firstRequest: number | undefined
  let running: Promise<unknown> | undefined
  let pending: string[] = []
  let needFull = false
  let again = false
  const runOnce = async () => {
    const reasons = pending
    pending = []
    const full = needFull
    const t0 = Date.now()
    const startedAt = new Date(t0).toISOString()
    const secs = () => +((Date.now() - t0) / 1000).toFixed(1)
    try {
      const { kind, detail, records } = await build(reasons, full)
      needFull = false
      log(
        `[rebuild] ${kind === 'none' ? 'no change' : `site rebuilt (${kind}: ${detail})`} in ${secs()} s`,
      )
      onStatus({
        ok: true,
        at: new Date().toISOString(),
        kind,
        seconds: secs(),
        message: detail,
        ...(records === undefined ? {} : { records }),
        trigger: 'publish',
        startedAt,
      })
    } catch (err) {
      needFull = true
      const error = (err as Error).message
      log(`[rebuild] rebuild failed, the previous site stays online: ${error}`)
      onStatus({
        ok: false,
        at: new Date().toISOString(),
        kind: full ? 'full' : 'partial',
        seconds: secs(),
        message: error,
        trigger: 'publish',
        startedAt,
      })
    }
  }
  const kick = () => {
    if (running) return void (again = true)
    running = runOnce().finally(() => {
      running = undefined
      if (again) {
        again = false
        kick()
      }
    })
  }
  return {
    request(reason: string) {
      pending.push(reason)
      firstRequest ??= Date.now()
      const wait = Math.max(0, Math.min(debounceMs, firstRequest + maxWaitMs - Date.now()))
      log(`[rebuild] requested (${reason}); building in ${(wait / 1000).toFixed(0)} s`)
      clearTimeout(timer)
      timer = setTimeout(() => {
        firstRequest = undefined
        kick()
      }, wait)
    },
    idle: async () => {
      while (running) await running
    },
  }
}
