/**
 * The loopback endpoint the CMS's publish hook calls (SITE_REBUILD_URL) to ask for a rebuild,
 * and `GET /status`, the last rebuild's outcome.
 */
import { timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { readRebuildStatus } from '../../cms/siteStatus'
import { forLog } from '../../cms/security/client'

const MAX_BODY = 1024

/** The reason a publish gives, as it may appear in a log line: printable, short. */
export const cleanReason = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 ? forLog(value) : undefined

const sameSecret = (given: string, secret: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Loopback only, and only for the CMS: `Authorization: Bearer <SITE_REBUILD_SECRET>`, a JSON
 * body of exactly `{ "reason": "<text>" }` under 1 KB. Anything else is refused and not
 * logged; the reason is logged without control characters (no forged log lines).
 */
export function startRebuildEndpoint(
  port: number,
  onRequest: (reason: string) => void,
  secret: string,
): Promise<Server> {
  if (secret.length < 16) throw new Error('the rebuild endpoint needs a secret of 16+ characters')
  const server = createServer((req, res) => {
    const answer = (status: number) => void res.writeHead(status).end()
    // the last rebuild's outcome (read-only, loopback only): what the admin and operators see
    if (req.method === 'GET' && req.url === '/status') {
      const status = readRebuildStatus() ?? null
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(status))
    }
    if (req.url !== '/rebuild') return answer(404)
    if (req.method !== 'POST') return answer(405)
    if (!sameSecret(String(req.headers.authorization ?? ''), `Bearer ${secret}`)) return answer(401)
    if (!/^application\/json\b/.test(String(req.headers['content-type'] ?? ''))) return answer(415)
    let body = ''
    let tooBig = false
    req.on('data', (c: Buffer) => {
      body += c.toString()
      if (body.length > MAX_BODY && !tooBig) {
        tooBig = true
        answer(413)
        req.destroy()
      }
    })
    req.on('end', () => {
      if (tooBig) return
      let reason: string | undefined
      try {
        const parsed = JSON.parse(body) as unknown
        if (parsed && typeof parsed === 'object' && Object.keys(parsed).join() === 'reason')
          reason = cleanReason((parsed as { reason: unknown }).reason)
      } catch {
        /* refused below */
      }
      if (!reason) return answer(400)
      onRequest(reason)
      res.writeHead(202, { 'content-type': 'application/json' }).end('{"queued":true}')
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
