/**
 * npm start — the whole embedded stack in one process tree: seed an empty database, build
 * what is stale, serve the admin + API (Next.js) and the static site, rebuild the site when
 * something is published. Ctrl-C stops everything.
 */
import path from 'node:path'
import { ROOT } from '../cms/paths'
import {
  createRebuilder,
  exportAndBuildIfStale,
  startRebuildEndpoint,
  warmUp,
} from './lib/rebuilder'
import { start } from './lib/run'
import { startStaticServer } from './lib/static-server'
import { adminIsStale, buildAdmin, seed, SITE_DIST } from './lib/steps'

const HOST = process.env.HOST ?? '127.0.0.1'
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const REBUILD_PORT = Number(process.env.REBUILD_PORT ?? 4322)

async function main() {
  const t0 = Date.now()
  console.log('[start] 1/4 database: seeding if empty …')
  await seed({}, true)
  console.log('[start] 2/4 static site: exporting published content, building if changed …')
  await exportAndBuildIfStale()
  if (adminIsStale()) {
    console.log(
      '[start] 3/4 admin: building Next.js (first run or CMS code changed; about a minute) …',
    )
    await buildAdmin()
  } else console.log('[start] 3/4 admin: build is up to date')

  console.log('[start] 4/4 serving …')
  const rebuilder = createRebuilder()
  const rebuildServer = await startRebuildEndpoint(REBUILD_PORT, (reason) =>
    rebuilder.request(reason),
  )
  const siteServer = await startStaticServer(() => SITE_DIST, SITE_PORT, HOST)
  const admin = start(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', 'cms', '-p', String(ADMIN_PORT), '-H', HOST],
    {
      cwd: ROOT,
      prefix: '[admin]',
      env: {
        SITE_REBUILD_URL: `http://127.0.0.1:${REBUILD_PORT}/rebuild`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  )

  const stop = (code = 0) => {
    console.log('\n[start] stopping …')
    admin.kill('SIGTERM')
    siteServer.close()
    rebuildServer.close()
    setTimeout(() => process.exit(code), 500).unref()
  }
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))
  admin.on('exit', (code) => {
    console.error(`[start] the admin server exited (code ${code}); stopping`)
    stop(code ?? 1)
  })

  await waitForHttp(
    `http://127.0.0.1:${ADMIN_PORT}/api/towns?limit=1`,
    () => admin.exitCode !== null,
  )
  // start the rebuilder's Payload now, so the first publish is live in seconds
  warmUp().catch((err: Error) => console.warn(`[rebuild] ${err.message}`))
  const shown = HOST === '0.0.0.0' ? 'localhost' : HOST
  console.log(`
[start] ready in ${((Date.now() - t0) / 1000).toFixed(0)} s
  Public site:   http://${shown}:${SITE_PORT}/
  Admin and API: http://${shown}:${ADMIN_PORT}/admin
  Admin login:   ${process.env.PAYLOAD_ADMIN_EMAIL || 'admin@kaiping.localhost'} — password from PAYLOAD_ADMIN_PASSWORD, or the one
                 the seed printed once on the first run (forgotten? stop, delete .data/, start again)
  Publishing in the admin rebuilds the public site within a minute. Ctrl-C stops everything.
`)
}

/** Resolves when `url` answers (any status), so "ready" is only printed once it is true. */
async function waitForHttp(url: string, gaveUp: () => boolean, timeoutMs = 120_000): Promise<void> {
  const t0 = Date.now()
  for (;;) {
    try {
      await fetch(url)
      return
    } catch {
      if (gaveUp() || Date.now() - t0 > timeoutMs)
        throw new Error(`the admin server did not start (${url})`)
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

main().catch((err: Error) => {
  console.error(`[start] failed: ${err.message}`)
  process.exit(1)
})
