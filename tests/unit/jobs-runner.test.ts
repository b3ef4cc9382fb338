import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasJobsSecret } from '../../cms/jobs'
import { createJobsRunner } from '../../scripts/lib/jobs-runner'

let server: Server
let url = ''
const seen: { path?: string; auth?: string }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url, auth: req.headers.authorization })
    res.writeHead(200).end('{}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const addr = server.address()
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
})
afterAll(() => server?.close())

describe('jobs runner (scheduled publish in npm start)', () => {
  it('calls the jobs endpoint with the shared secret, on each tick', async () => {
    const runner = createJobsRunner(url, 'a-shared-secret-of-some-length', 60_000)
    await runner.tick()
    expect(seen).toEqual([
      { path: '/api/payload-jobs/run?limit=20', auth: 'Bearer a-shared-secret-of-some-length' },
    ])
  })

  it('the CMS accepts only the configured secret, and no short one', () => {
    const req = (auth?: string) => ({ headers: new Headers(auth ? { authorization: auth } : {}) })
    process.env.PAYLOAD_JOBS_SECRET = 'a-shared-secret-of-some-length'
    expect(hasJobsSecret(req('Bearer a-shared-secret-of-some-length'))).toBe(true)
    expect(hasJobsSecret(req('Bearer a-shared-secret-of-some-lengtX'))).toBe(false)
    expect(hasJobsSecret(req())).toBe(false)
    process.env.PAYLOAD_JOBS_SECRET = 'short'
    expect(hasJobsSecret(req('Bearer short'))).toBe(false)
    delete process.env.PAYLOAD_JOBS_SECRET
    expect(hasJobsSecret(req('Bearer '))).toBe(false)
  })
})
