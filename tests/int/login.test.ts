/**
 * Sign-in under attack: parallel bad logins are rate-limited per client, without locking the
 * account for anyone else; unknown and real accounts answer alike; password reset works and,
 * in the embedded mode, writes the link to DATA_DIR/mail.log; staff passwords follow rules.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let post: (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const EMAIL = 'admin@login.test'
const PASSWORD = 'correct horse battery staple'

beforeAll(async () => {
  cms = await startTestCms()
  await cms.payload.create({
    collection: 'users',
    data: { email: EMAIL, password: PASSWORD, role: 'admin' } as never,
  })
  const { REST_POST } = await import('@payloadcms/next/routes')
  post = REST_POST(cms.config)
})
afterAll(async () => cms?.close())

const call = (route: string, body: unknown, client: string) =>
  post(
    new Request(`http://localhost/api/users/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: ['users', route] }) },
  )
const login = (email: string, password: string, client: string) =>
  call('login', { email, password }, client)

describe('bad logins in parallel', () => {
  it('one client gets 5 tries at an account, then 429; the account still works for others', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => login(EMAIL, 'wrong guess 12345', '203.0.113.5')),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(15)
    // even the right password waits, from that client
    expect((await login(EMAIL, PASSWORD, '203.0.113.5')).status).toBe(429)
    // the real admin, elsewhere, is not locked out
    const ok = await login(EMAIL, PASSWORD, '198.51.100.7')
    expect(ok.status).toBe(200)
    const user = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: EMAIL } } })
    ).docs[0] as { lockUntil?: string | null }
    expect(user.lockUntil ?? null).toBeNull()
  })

  it('one client cannot spray many accounts either', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(`user${i}@login.test`, 'wrong guess 12345', '203.0.113.9'),
      ),
    )
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(10)
  })

  it('an unknown account and a wrong password get the same answer', async () => {
    const a = await login('nobody@login.test', 'wrong guess 12345', '192.0.2.1')
    const b = await login(EMAIL, 'wrong guess 12345', '192.0.2.2')
    expect(a.status).toBe(401)
    expect(b.status).toBe(401)
    expect(await a.json()).toEqual(await b.json())
  })
})

describe('password reset', () => {
  it('answers the same for real and unknown e-mails, and logs the link for the operator', async () => {
    const real = await call('forgot-password', { email: EMAIL }, '192.0.2.10')
    const unknown = await call('forgot-password', { email: 'nobody@login.test' }, '192.0.2.11')
    expect(real.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(await real.json()).toEqual(await unknown.json())
    const log = path.join(cms.dir, 'mail.log')
    expect(existsSync(log)).toBe(true)
    const text = readFileSync(log, 'utf8')
    expect(text).toContain(EMAIL)
    expect(text).toMatch(/link: \S*\/admin\/reset\/[0-9a-f]{40}/)
    expect(text).not.toContain('nobody@login.test')
  })

  it('rate-limits reset requests per client', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('forgot-password', { email: EMAIL }, '192.0.2.20').then((r) => r.status),
      ),
    )
    expect(results.sort()).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
  })

  it('the reset link sets a new password, which must follow the rules', async () => {
    // the newest link: each request replaces the previous token
    const token = [
      ...readFileSync(path.join(cms.dir, 'mail.log'), 'utf8').matchAll(/reset\/([0-9a-f]{40})/g),
    ].at(-1)![1]
    const weak = await call('reset-password', { token, password: 'short' }, '192.0.2.30')
    expect(weak.status).toBe(400)
    const good = await call(
      'reset-password',
      { token, password: 'a new long pass phrase' },
      '192.0.2.30',
    )
    expect(good.status).toBe(200)
    expect((await login(EMAIL, 'a new long pass phrase', '192.0.2.31')).status).toBe(200)
  })
})

describe('staff password rules', () => {
  it.each(['short', 'Password123!', 'aaaaaaaaaaaaaaaa', 'clerk.wang-2024'])(
    'refuses %s',
    async (password) => {
      await expect(
        cms.payload.create({
          collection: 'users',
          data: { email: 'clerk.wang@login.test', password, role: 'editor' } as never,
        }),
      ).rejects.toThrow()
    },
  )

  it('accepts a long pass phrase', async () => {
    await expect(
      cms.payload.create({
        collection: 'users',
        data: {
          email: 'clerk@login.test',
          password: '开平 民政 2026 春天',
          role: 'editor',
        } as never,
      }),
    ).resolves.toBeTruthy()
  })
})
