/**
 * Scheduled publish and unpublish: the admin's "Schedule" (the real server-function handler)
 * queues a job; the runner (GET /api/payload-jobs/run with the shared secret, as npm start and a
 * production cron call it) publishes once the time has come — and the site rebuild is asked for.
 */
import { createServer, type Server } from 'node:http'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { seedFixture, startTestCms, type TestCms, fixturePlanId } from './helpers/payload'
import { staffUser } from './helpers/users'

let cms: TestCms
let hook: Server
const rebuilds: string[] = []
let publisher: User
let editor: User
const SECRET = 'test-jobs-secret-0123456789'

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c))
    req.on('end', () => {
      rebuilds.push(body)
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r))
  cms = await startTestCms()
  await seedFixture(cms.payload)
  publisher = await staffUser(cms.payload, 'publisher')
  editor = await staffUser(cms.payload, 'editor')
  const addr = hook.address()
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/rebuild`
  process.env.PAYLOAD_JOBS_SECRET = SECRET
  await runJobs(`Bearer ${SECRET}`) // the first REST call compiles the routes (seconds)
})
afterAll(async () => {
  delete process.env.SITE_REBUILD_URL
  delete process.env.PAYLOAD_JOBS_SECRET
  hook?.close()
  await cms?.close()
})

async function schedule(user: User, id: number, type: 'publish' | 'unpublish', at: Date) {
  const { schedulePublishHandler } = await import('@payloadcms/ui/utilities/schedulePublishHandler')
  const req = await createLocalReq({ user }, cms.payload)
  return schedulePublishHandler({
    type,
    date: at,
    doc: { relationTo: 'programmes', value: String(id) },
    req,
  } as never)
}

async function runJobs(authorization?: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const res = await REST_GET(cms.config)(
    new Request('http://localhost/api/payload-jobs/run', {
      headers: authorization ? { authorization } : {},
    }),
    { params: Promise.resolve({ slug: ['payload-jobs', 'run'] }) },
  )
  return res.status
}

const publicView = async (slug: string) =>
  (
    await cms.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      where: { slug: { equals: slug } },
    })
  ).docs[0]

async function draftProgramme(slug: string) {
  return cms.payload.create({
    collection: 'programmes',
    draft: true,
    data: {
      slug,
      category: 'basic-living',
      name: '元旦起施行的新标准',
      summary: '草稿',
      whoCanApply: '测试',
      citations: [{ source: await fixturePlanId(cms.payload), location: '第一章' }],
      _status: 'draft',
    } as never,
  })
}

const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 60 && !ok(); i++) await new Promise((r) => setTimeout(r, 50))
}

describe('scheduled publish', () => {
  it('publishes at the scheduled time, not before, and asks for a rebuild', async () => {
    const doc = await draftProgramme('new-year-standard')
    const at = new Date(Date.now() + 3_000)
    expect(await schedule(publisher, doc.id, 'publish', at)).toMatchObject({
      message: expect.any(String),
    })

    expect(await runJobs(`Bearer ${SECRET}`)).toBe(200)
    expect(await publicView('new-year-standard')).toBeUndefined()

    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200))
    rebuilds.length = 0
    expect(await runJobs(`Bearer ${SECRET}`)).toBe(200)
    expect((await publicView('new-year-standard'))?.name).toBe('元旦起施行的新标准')
    await waitFor(() => rebuilds.length > 0)
    expect(rebuilds.join()).toContain('programmes/new-year-standard')

    const log = await cms.payload.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: 'programmes' }, targetId: { equals: String(doc.id) } },
    })
    expect(log.docs.map((e) => [e.action, e.userEmail])).toEqual([
      ['publish', 'publisher@test.localhost'],
    ])
  })

  it('unpublishes at the scheduled time', async () => {
    const doc = (await publicView('new-year-standard'))!
    await schedule(publisher, doc.id, 'unpublish', new Date(Date.now() + 500))
    await new Promise((r) => setTimeout(r, 800))
    expect(await runJobs(`Bearer ${SECRET}`)).toBe(200)
    expect(await publicView('new-year-standard')).toBeUndefined()
  })

  it("an editor's schedule cannot publish (the job runs as the user who scheduled it)", async () => {
    const doc = await draftProgramme('editor-scheduled')
    await schedule(editor, doc.id, 'publish', new Date(Date.now() - 1_000))
    expect(await runJobs(`Bearer ${SECRET}`)).toBe(200)
    expect(await publicView('editor-scheduled')).toBeUndefined()
  })

  it('the queue runs only for the scheduler secret or an admin, never for a visitor', async () => {
    expect(await runJobs()).toBe(401)
    expect(await runJobs('Bearer wrong-secret-wrong-secret!')).toBe(401)
    expect(await runJobs(`Bearer ${SECRET}`)).toBe(200)
  })
})
