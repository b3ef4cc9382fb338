/**
 * A signed-in publisher's cookie works only for requests from the admin's own origin: a page
 * elsewhere — another site, or the public site on the same host — cannot act with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/payload'

const ADMIN = 'http://localhost:3000'
let cms: TestCms
let cookie = ''
let setCookie = ''
type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let post: Handler

beforeAll(async () => {
  process.env.PAYLOAD_PUBLIC_SERVER_URL = ADMIN
  cms = await startTestCms()
  await cms.payload.create({
    collection: 'users',
    data: { email: 'pub@csrf.test', password: 'publisher pass phrase', role: 'publisher' } as never,
  })
  const { REST_POST } = await import('@payloadcms/next/routes')
  post = REST_POST(cms.config)
  const res = await post(
    new Request(`${ADMIN}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ADMIN },
      body: JSON.stringify({ email: 'pub@csrf.test', password: 'publisher pass phrase' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(res.status).toBe(200)
  setCookie = res.headers.get('set-cookie') ?? ''
  cookie = setCookie.split(';')[0]
})
afterAll(async () => {
  delete process.env.PAYLOAD_PUBLIC_SERVER_URL
  await cms?.close()
})

const createTown = (origin: string, slug: string) => {
  const form = new FormData()
  form.append(
    '_payload',
    JSON.stringify({ slug, name: '测试镇', kind: 'town', pinyin: 'Ceshi', order: 50 }),
  )
  return post(
    new Request(`${ADMIN}/api/towns?draft=true`, {
      method: 'POST',
      headers: { cookie, origin },
      body: form,
    }),
    { params: Promise.resolve({ slug: ['towns'] }) },
  )
}

describe('CSRF', () => {
  it('sets the session cookie HttpOnly and SameSite=Strict', () => {
    expect(cookie).toMatch(/^payload-token=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Strict/i)
  })

  it('refuses a cookie-authenticated multipart POST from another origin', async () => {
    expect((await createTown('https://evil.example', 'evil')).status).toBe(403)
  })

  it('refuses it from the public site on the same host too', async () => {
    expect((await createTown('http://localhost:4321', 'same-host')).status).toBe(403)
  })

  it('accepts it from the admin itself', async () => {
    expect((await createTown(ADMIN, 'from-admin')).status).toBe(201)
    const found = await cms.payload.find({ collection: 'towns', draft: true })
    expect(found.docs.map((d) => d.slug)).toEqual(['from-admin'])
  })
})
