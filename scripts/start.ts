/**
 * npm start — the whole embedded stack in one process tree: seed an empty database, build
 * what is stale, serve the admin + API (Next.js) and the static site, rebuild the site when
 * something is published. Ctrl-C stops everything.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { ROOT } from '../cms/paths'
import { requireSecret } from '../cms/secret'
import { startRebuildEndpoint } from './lib/rebuild-endpoint'
import { createRebuilder, exportAndBuildIfStale, warmUp } from './lib/rebuilder'
import { createJobsRunner, jobsSecret } from './lib/jobs-runner'
import { once, waitForHttp } from './lib/lifecycle'
import { runMain } from './lib/main'
import { start, stopChildren } from './lib/run'
import { buildPreview, PREVIEW_DIST } from './lib/preview'
import { startPreviewServer } from './lib/preview-server'
import { startStaticServer } from './lib/static-server'
import { adminIsStale, buildAdmin, seed, SITE_DIST } from './lib/steps'

const HOST = process.env.HOST ?? '127.0.0.1'
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const REBUILD_PORT = Number(process.env.REBUILD_PORT ?? 4322)
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4323)

async function main(): Promise<number> {
  const t0 = Date.now()
  // The admin runs as a production server (next start), which needs the secret in its
  // environment, and its own URL for the CSRF allowlist (the public site is not on it).
  process.env.PAYLOAD_SECRET = requireSecret()
  process.env.PAYLOAD_PUBLIC_SERVER_URL ||= `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${ADMIN_PORT}`
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
  // a fresh shared secret per run: only the admin we start can ask for a rebuild
  const rebuildSecret = randomBytes(24).toString('hex')
  const rebuildServer = await startRebuildEndpoint(
    REBUILD_PORT,
    (reason) => rebuilder.request(reason),
    rebuildSecret,
  )
  const siteServer = await startStaticServer(() => SITE_DIST, SITE_PORT, HOST)
  // drafts, in the site's templates, for signed-in staff only (the admin's Preview button)
  const previewServer = await startPreviewServer({
    port: PREVIEW_PORT,
    host: HOST,
    adminUrl: `http://127.0.0.1:${ADMIN_PORT}`,
    dist: PREVIEW_DIST,
    build: async (job) => buildPreview(await warmUp(), job),
  })
  const secret = jobsSecret()
  const admin = start(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', 'cms', '-p', String(ADMIN_PORT), '-H', HOST],
    {
      cwd: ROOT,
      prefix: '[admin]',
      group: true,
      env: {
        SITE_REBUILD_URL: `http://127.0.0.1:${REBUILD_PORT}/rebuild`,
        SITE_REBUILD_SECRET: rebuildSecret,
        NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_JOBS_SECRET: secret,
        SITE_PREVIEW_PORT: String(PREVIEW_PORT),
      },
    },
  )

  const jobs = createJobsRunner(`http://127.0.0.1:${ADMIN_PORT}`, secret)
  let stopping = false
  let finished: (code: number) => void = () => {}
  const stopped = new Promise<number>((resolve) => (finished = resolve))
  const stop = once((code: number) => {
    stopping = true
    console.log('\n[start] stopping …')
    jobs.stop()
    // the admin's whole process group (next start → next-server) and any rebuild under way
    stopChildren('SIGTERM')
    siteServer.close()
    previewServer.close()
    rebuildServer.close()
    // give the admin a moment to close its database; runMain exits with the code
    setTimeout(() => finished(code), 500)
  })
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))
  admin.on('exit', (code) => {
    if (!stopping) console.error(`[start] the admin server exited (code ${code}); stopping`)
    stop(code ?? 1)
  })

  try {
    await waitForHttp(`http://127.0.0.1:${ADMIN_PORT}/api/towns?limit=1`, {
      gaveUp: () => admin.exitCode !== null,
    })
  } catch (err) {
    stop(1)
    throw err
  }
  // scheduled publish/unpublish: run the jobs queue every minute (JOBS_INTERVAL_MS)
  jobs.start()
  // start the rebuilder's Payload now, so the first publish is live in seconds
  warmUp().catch((err: Error) => console.warn(`[rebuild] ${err.message}`))
  const shown = HOST === '0.0.0.0' ? 'localhost' : HOST
  console.log(`
[start] ready in ${((Date.now() - t0) / 1000).toFixed(0)} s
  Public site:   http://${shown}:${SITE_PORT}/
  Admin and API: http://${shown}:${ADMIN_PORT}/admin
  Admin login:   ${process.env.PAYLOAD_ADMIN_EMAIL || 'admin@kaiping.localhost'} — password from PAYLOAD_ADMIN_PASSWORD, or the one
                 the seed printed once on the first run (forgotten? stop, delete .data/, start again)
  Preview:       a record's Preview button shows its saved draft (port ${PREVIEW_PORT}, staff only)
  Publishing in the admin rebuilds the public site within a minute; scheduled publishing
  (the arrow beside Publish) fires within a minute of its time. Ctrl-C stops everything.
`)
  return stopped
}

void runMain('start', main)
