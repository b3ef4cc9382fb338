/**
 * `npm start` as a new user runs it: one process tree that seeds, builds, serves the site and
 * the admin, and rebuilds the site when something is published.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
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
let preview = ''
const work = mkdtempSync(path.join(tmpdir(), 'kaiping-start-'))
const password = 'start-test-password-123'
/** What the admin tests in ./admin/ need of this stack (filled in once it is up). */
const stack: Stack = { site: '', admin: '', work, email: 'admin@start.test', password }

beforeAll(async () => {
  const [sitePort, adminPort, rebuildPort, previewPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  site = `http://127.0.0.1:${sitePort}`
  preview = `http://127.0.0.1:${previewPort}`
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
      PREVIEW_PORT: String(previewPort),
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
  // not spawnSync: a blocked event loop misses the servers closing idle keep-alive sockets,
  // and the next fetch on such a socket fails with "other side closed"
  await promisify(execFile)(
    path.resolve('node_modules/.bin/tsx'),
    ['--eval', `(async () => {${script}})()`],
    {
      env: { ...process.env, DATA_DIR: path.join(work, 'data'), PAYLOAD_SECRET: SECRET },
      encoding: 'utf8',
      timeout: 120_000,
    },
  ).catch((err: Error & { stderr?: string }) => {
    throw new Error(`queueing the scheduled publish failed: ${err.stderr ?? err.message}`)
  })
}

/** The seeded 低保 programme's id. */
const dibaoId = () =>
  fetch(`${admin}/api/programmes?where[slug][equals]=dibao&depth=0`)
    .then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
    .then((r) => r.docs[0].id)

/** Saves a draft of the 低保 summary, as the admin's "Save draft" does. */
async function saveDraft(token: string, id: number, summary: string) {
  const res = await fetch(`${admin}/api/programmes/${id}?draft=true&locale=zh-CN`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ summary, _status: 'draft' }),
  })
  expect(res.status).toBe(200)
}

/** Whether the public 低保 page shows `text` before `deadline` (checked every second). */
async function publicDibaoShows(text: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000))
    // a request that meets the folder swap may be cut off: like a reader, try again
    const page = await fetch(`${site}/programmes/dibao/`)
      .then((r) => r.text())
      .catch(() => '')
    if (page.includes(text)) return true
  }
  return false
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
    const token = await login()
    const id = await dibaoId()
    const summary = `最低生活保障简介（测试更新 ${Date.now()}）`
    const res = await fetch(`${admin}/api/programmes/${id}?locale=zh-CN`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ summary, _status: 'published' }),
    })
    expect(res.status).toBe(200)
    expect(await publicDibaoShows(summary, Date.now() + 60_000)).toBe(true)
  })

  it('a scheduled publish goes live on the rebuilt site without anyone at a keyboard', async () => {
    const token = await login()
    const id = await dibaoId()
    const summary = `元旦起施行的新标准（定时发布测试 ${Date.now()}）`
    await saveDraft(token, id, summary)
    // what the admin's "Schedule publish" does (cms/jobs.ts), as the admin, due in 5 s
    const at = Date.now() + 5_000
    await queueScheduledPublish(id, new Date(at))
    expect(await fetch(`${site}/programmes/dibao/`).then((r) => r.text())).not.toContain(summary)
    expect(await publicDibaoShows(summary, at + 90_000)).toBe(true)
  })

  it('previews a saved draft in the site templates for staff only; the public site never shows it', async () => {
    const token = await login()
    const staff = { authorization: `JWT ${token}` }
    const id = await dibaoId()
    const summary = `尚未发布的草稿（预览测试 ${Date.now()}）`
    await saveDraft(token, id, summary)
    // the admin's edit view carries the Preview button's address (Payload computes it there)
    const view = await fetch(`${admin}/admin/collections/programmes/${id}`, {
      // as a browser opening the page sends it (Payload's CSRF check reads Sec-Fetch-Site)
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' },
    }).then((r) => r.text())
    const button = /https?:\/\/[^"\\]+\/_preview\/\?[^"\\]+/.exec(
      view.replaceAll('\\u0026', '&').replaceAll('&amp;', '&'),
    )?.[0]
    expect(button).toBe(`${preview}/_preview/?collection=programmes&id=${id}&locale=zh-CN`)
    // nobody signed in: refused, and nothing is built
    const anonymous = await fetch(button!, { redirect: 'manual' })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toContain('请先登录')
    // staff: "building…" until the preview is ready, then the record's page
    let next = button!
    let location = ''
    const t0 = Date.now()
    while (Date.now() - t0 < 180_000) {
      const res = await fetch(next, { headers: staff, redirect: 'manual' })
      if (res.status === 303) {
        location = res.headers.get('location') ?? ''
        if (!location.startsWith('/_preview/')) break
        next = `${preview}${location}`
      } else {
        expect(res.status, await res.text()).toBe(200)
        await new Promise((r) => setTimeout(r, 1000))
      }
    }
    expect(location).toBe('/programmes/dibao/')
    const shown = await fetch(`${preview}${location}`, { headers: staff })
    expect(shown.headers.get('cache-control')).toBe('private, no-store')
    const html = await shown.text()
    expect(html).toContain(summary)
    expect(html).toContain('这是尚未发布的草稿')
    expect((await fetch(`${preview}${location}`)).status).toBe(401)
    // the public page and every file of the public site: no trace of the draft
    expect(await fetch(`${site}/programmes/dibao/`).then((r) => r.text())).not.toContain(summary)
    const dist = path.join(work, 'dist')
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) =>
      f.isFile(),
    )
    expect(files.length).toBeGreaterThan(100)
    const leaked = files.filter((f) =>
      readFileSync(path.join(f.parentPath, f.name), 'utf8').includes(summary),
    )
    expect(leaked.map((f) => f.name)).toEqual([])
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
