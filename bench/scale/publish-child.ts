/**
 * Scale bench, run as a child with the corpus's DATA_DIR / SITE_DATA_DIR / SITE_OUT_DIR: serve
 * the built site, run the same rebuild queue as `npm start` (same debounce), publish a changed
 * programme name through Payload (its publish hook asks for the rebuild), and time until the server returns
 * the new name on the programme's page and on the programmes list. Meanwhile the home page is
 * fetched continuously: every answer must be a 200. Prints one JSON line.
 */
import { randomBytes } from 'node:crypto'
import { getPayload } from 'payload'
import { startRebuildEndpoint } from '../../scripts/lib/rebuild-endpoint'
import { createRebuilder, exportAndBuildIfStale } from '../../scripts/lib/rebuilder'
import { startStaticServer } from '../../scripts/lib/static-server'
import { SITE_DIST } from '../../scripts/lib/steps'

const port = (s: { address(): unknown }) => (s.address() as { port: number }).port
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function main() {
  await exportAndBuildIfStale(() => {}) // the starting point: a current site
  const rebuilder = createRebuilder(undefined, (l) => process.stderr.write(`${l}\n`))
  // as under npm start: a fresh shared secret, sent by the CMS's publish hook
  const secret = randomBytes(24).toString('hex')
  const endpoint = await startRebuildEndpoint(0, (reason) => rebuilder.request(reason), secret)
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${port(endpoint)}/rebuild`
  process.env.SITE_REBUILD_SECRET = secret
  const server = await startStaticServer(() => SITE_DIST, 0)
  const base = `http://127.0.0.1:${port(server)}`
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'programmes',
    limit: 1,
    sort: 'slug',
    depth: 0,
    locale: 'zh-CN',
  })
  const doc = docs[0] as unknown as { id: number; slug: string; name: string }
  const marker = `（基准${Date.now() % 100000}）`
  let served = 0
  let failed = 0
  let watching = true
  const watch = (async () => {
    while (watching) {
      const res = await fetch(`${base}/`).catch(() => undefined)
      await res?.arrayBuffer()
      if (res?.status === 200) served += 1
      else failed += 1
      await sleep(50)
    }
  })()
  const t0 = performance.now()
  await payload.update({
    collection: 'programmes',
    id: doc.id,
    locale: 'zh-CN',
    data: { name: `${doc.name}${marker}`, _status: 'published' } as never,
  })
  const shows = async (path: string) =>
    (await (await fetch(`${base}${path}`)).text()).includes(marker)
  let seconds = NaN
  while (performance.now() - t0 < 600_000) {
    if ((await shows(`/programmes/${doc.slug}/`)) && (await shows('/programmes/'))) {
      seconds = (performance.now() - t0) / 1000
      break
    }
    await sleep(200)
  }
  await rebuilder.idle()
  watching = false
  await watch
  server.close()
  endpoint.close()
  process.stdout.write(
    JSON.stringify({
      publishToLiveS: +seconds.toFixed(1),
      servedDuringRebuild: served,
      errorsDuringRebuild: failed,
    }) + '\n',
  )
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
