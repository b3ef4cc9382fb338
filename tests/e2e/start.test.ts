/**
 * `npm start` as a new user runs it: one process tree that seeds, builds, serves the site and
 * the admin, and rebuilds the site when something is published.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { describeFacilityRegister } from './admin/facility-register'
import type { Stack } from './admin/session'
import { describeSiteStatus } from './admin/site-status'

const SECRET = 'start-test-secret-of-at-least-32-characters'

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

let child: ChildProcess
let output = ''
let site = ''
let admin = ''
const work = mkdtempSync(path.join(tmpdir(), 'kaiping-start-'))
const password = 'start-test-password-123'
/** What the admin tests in ./admin/ need of this stack (filled in once it is up). */
const stack: Stack = { site: '', admin: '', work, email: 'admin@start.test', password }

beforeAll(async () => {
  const [sitePort, adminPort, rebuildPort] = [await freePort(), await freePort(), await freePort()]
  site = `http://127.0.0.1:${sitePort}`
  admin = `http://127.0.0.1:${adminPort}`
  Object.assign(stack, { site, admin })
  child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    detached: true,
    env: {
      ...process.env,
      DATA_DIR: path.join(work, 'data'),
      SITE_OUT_DIR: path.join(work, 'dist'),
      SITE_DATA_DIR: path.join(work, 'site-data'),
      SITE_PORT: String(sitePort),
      ADMIN_PORT: String(adminPort),
      REBUILD_PORT: String(rebuildPort),
      PAYLOAD_ADMIN_EMAIL: 'admin@start.test',
      PAYLOAD_ADMIN_PASSWORD: password,
      PAYLOAD_SECRET: SECRET,
      JOBS_INTERVAL_MS: '2000',
    },
  })
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const t0 = Date.now()
  while (!output.includes('[start] ready')) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`)
    if (Date.now() - t0 > 600_000)
      throw new Error(`npm start not ready after 10 minutes:\n${output}`)
    await new Promise((r) => setTimeout(r, 500))
  }
})

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    process.kill(-child.pid, 'SIGINT')
    await new Promise((r) => child.once('exit', r))
  }
  rmSync(work, { recursive: true, force: true })
})

const login = () =>
  fetch(`${admin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@start.test', password }),
  })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((r) => r.token)

/** Queues the job the admin's Schedule button queues, through the Local API on the same database. */
/**
 * What the admin's "Schedule publish" does (cms/jobs.ts), in a process of its own: a Payload
 * started in this test worker could be another test file's (getPayload keeps one per process).
 */
async function queueScheduledPublish(id: number, waitUntil: Date) {
  const script = `
    const { getPayload } = await import('payload')
    const { default: config } = await import('./cms/payload.config.ts')
    const payload = await getPayload({ config })
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@start.test' } } })).docs[0]
    await payload.jobs.queue({
      task: 'schedulePublish',
      // the admin sends the id as a string (Payload #10481)
      input: { type: 'publish', doc: { relationTo: 'programmes', value: ${JSON.stringify(String(id))} }, user: { relationTo: 'users', value: user.id } },
      waitUntil: new Date(${waitUntil.getTime()}),
    })
    process.exit(0)
  `
  const r = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['--eval', `(async () => {${script}})()`],
    {
      env: { ...process.env, DATA_DIR: path.join(work, 'data'), PAYLOAD_SECRET: SECRET },
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  if (r.status !== 0) throw new Error(`queueing the scheduled publish failed: ${r.stderr}`)
}

describe('npm start', () => {
  // a failure shows what npm start said (the rebuilder's and the admin's log lines)
  beforeEach(({ onTestFailed }) =>
    onTestFailed(() => console.error(`[npm start output, last lines]\n${output.slice(-6000)}`)),
  )

  it('prints both URLs and the admin login, with progress for each step', () => {
    expect(output).toContain(`Public site:   ${site}/`)
    expect(output).toContain(`Admin and API: ${admin}/admin`)
    expect(output).toContain('admin@start.test')
    expect(output).toMatch(/\[seed\] programmes \d+\/\d+/)
    expect(output).toMatch(/\[export\] programmes: \d+ published/)
  })

  it('serves the static site and the admin', async () => {
    const home = await fetch(`${site}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('开平市民政局')
    const login = await fetch(`${admin}/admin/login`)
    expect(login.status).toBe(200)
  })

  it('rebuilds the public page within a minute of a publish in the admin', async () => {
    const auth = await fetch(`${admin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@start.test', password }),
    }).then((r) => r.json() as Promise<{ token: string }>)
    const found = await fetch(`${admin}/api/programmes?where[slug][equals]=dibao&depth=0`).then(
      (r) => r.json() as Promise<{ docs: { id: number }[] }>,
    )
    const summary = `最低生活保障简介（测试更新 ${Date.now()}）`
    const res = await fetch(`${admin}/api/programmes/${found.docs[0].id}?locale=zh-CN`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${auth.token}` },
      body: JSON.stringify({ summary, _status: 'published' }),
    })
    expect(res.status).toBe(200)
    const t0 = Date.now()
    let page = ''
    while (Date.now() - t0 < 60_000 && !page.includes(summary)) {
      await new Promise((r) => setTimeout(r, 1000))
      // a request that meets the folder swap may be cut off: like a reader, try again
      page = await fetch(`${site}/programmes/dibao/`)
        .then((r) => r.text())
        .catch(() => '')
    }
    expect(page).toContain(summary)
  })

  it('a scheduled publish goes live on the rebuilt site without anyone at a keyboard', async () => {
    const token = await login()
    const found = await fetch(`${admin}/api/programmes?where[slug][equals]=dibao&depth=0`).then(
      (r) => r.json() as Promise<{ docs: { id: number }[] }>,
    )
    const id = found.docs[0].id
    const summary = `元旦起施行的新标准（定时发布测试 ${Date.now()}）`
    const draft = await fetch(`${admin}/api/programmes/${id}?draft=true&locale=zh-CN`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ summary, _status: 'draft' }),
    })
    expect(draft.status).toBe(200)
    // what the admin's "Schedule publish" does (cms/jobs.ts), as the admin, due in 5 s
    const at = Date.now() + 5_000
    await queueScheduledPublish(id, new Date(at))
    // the draft's save rebuilds the site (it was published): a request may meet the swap
    const now = await fetch(`${site}/programmes/dibao/`)
      .catch(() =>
        new Promise((r) => setTimeout(r, 2000)).then(() => fetch(`${site}/programmes/dibao/`)),
      )
      .then((r) => r.text())
    expect(now).not.toContain(summary)
    let page = ''
    while (Date.now() - at < 90_000 && !page.includes(summary)) {
      await new Promise((r) => setTimeout(r, 1000))
      // a request that meets the folder swap may be cut off: like a reader, try again
      page = await fetch(`${site}/programmes/dibao/`)
        .then((r) => r.text())
        .catch(() => '')
    }
    expect(page).toContain(summary)
  })

  // the admin in Chromium, on this stack (after the publishes above, before it stops)
  describeSiteStatus(stack)
  describeFacilityRegister(stack)

  it('stops everything when asked to stop', async () => {
    // only the parent is signalled: it must stop the admin server itself
    process.kill(child.pid!, 'SIGTERM')
    await new Promise((r) => child.once('exit', r))
    await expect(fetch(`${site}/`)).rejects.toThrow()
    await expect(fetch(`${admin}/admin`)).rejects.toThrow()
  })
})
