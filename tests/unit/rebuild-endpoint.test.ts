import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRebuildEndpoint } from '../../scripts/lib/rebuild-endpoint'

const SECRET = 'test-rebuild-secret-0123456789'
const reasons: string[] = []
let server: Server
let url: string

beforeAll(async () => {
  server = await startRebuildEndpoint(0, (r) => reasons.push(r), SECRET)
  const addr = server.address()
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/rebuild`
})
afterAll(() => server?.close())

const send = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${SECRET}`,
      ...headers,
    },
    body,
  }).then((r) => r.status)

describe('the local rebuild endpoint', () => {
  it('queues a rebuild for the CMS, with its secret and the expected body', async () => {
    expect(await send('{"reason":"programmes/dibao"}')).toBe(202)
    expect(reasons.at(-1)).toBe('programmes/dibao')
  })

  it('refuses callers without the secret, and logs nothing for them', async () => {
    const before = reasons.length
    expect(await send('{"reason":"x"}', { authorization: '' })).toBe(401)
    expect(
      await send('{"reason":"x"}', { authorization: 'Bearer wrong-secret-000000000000' }),
    ).toBe(401)
    expect(await fetch(url, { method: 'POST', body: '{"reason":"x"}' }).then((r) => r.status)).toBe(
      401,
    )
    expect(reasons.length).toBe(before)
  })

  it('accepts only { reason } as JSON, small', async () => {
    expect(await send('not json')).toBe(400)
    expect(await send('{"reason":"x","extra":1}')).toBe(400)
    expect(await send('{"reason":42}')).toBe(400)
    expect(await send('{}')).toBe(400)
    expect(await send('{"reason":"x"}', { 'content-type': 'text/plain' })).toBe(415)
    expect(await send(JSON.stringify({ reason: 'x'.repeat(5000) }))).toBe(413)
    expect(await fetch(url).then((r) => r.status)).toBe(405)
  })

  it('strips control characters from what it logs', async () => {
    expect(await send(JSON.stringify({ reason: 'towns/x\n[rebuild] site rebuilt\u001b[2J' }))).toBe(
      202,
    )
    expect(reasons.at(-1)).toBe('towns/x?[rebuild] site rebuilt?[2J')
  })
})
