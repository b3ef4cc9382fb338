/**
 * Keeps dist/ in step with the published CMS content: a debounced rebuild queue, and a
 * loopback-only HTTP endpoint that the CMS's publish hook calls (SITE_REBUILD_URL).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { ROOT } from '../../cms/paths'
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

export async function exportAndBuildIfStale(log = console.log): Promise<boolean> {
  await exportData({}, { ifChanged: true })
  if (!siteIsStale()) {
    log('[site] up to date')
    return false
  }
  await buildSite()
  writeFileSync(STAMP, JSON.stringify({ inputs: siteInputs(), builtAt: new Date().toISOString() }))
  return true
}

/**
 * Debounced: a burst of publishes makes one build, started `debounceMs` after the last one —
 * but never later than `maxWaitMs` after the first, so steady publishing cannot postpone it.
 */
export function createRebuilder(debounceMs = 3000, log = console.log, maxWaitMs = 30_000) {
  let timer: NodeJS.Timeout | undefined
  let firstRequest: number | undefined
  let running: Promise<unknown> | undefined
  let again = false
  const runOnce = async () => {
    const t0 = Date.now()
    try {
      const built = await exportAndBuildIfStale(log)
      log(
        `[rebuild] ${built ? 'site rebuilt' : 'no change'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      )
    } catch (err) {
      log(`[rebuild] failed, the previous site stays online: ${(err as Error).message}`)
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
      firstRequest ??= Date.now()
      const wait = Math.max(0, Math.min(debounceMs, firstRequest + maxWaitMs - Date.now()))
      log(`[rebuild] requested (${reason}); building in ${(wait / 1000).toFixed(0)} s`)
      clearTimeout(timer)
      timer = setTimeout(() => {
        firstRequest = undefined
        kick()
      }, wait)
    },
    idle: () => running ?? Promise.resolve(),
  }
}

export function startRebuildEndpoint(
  port: number,
  onRequest: (reason: string) => void,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/rebuild') return void res.writeHead(404).end()
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      let reason = 'publish'
      try {
        reason = String(JSON.parse(body || '{}').reason ?? reason)
      } catch {
        /* a bare POST is fine */
      }
      onRequest(reason)
      res.writeHead(202, { 'content-type': 'application/json' }).end('{"queued":true}')
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
