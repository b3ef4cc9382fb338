/**
 * Who is asking, for rate limits: the address the nearest proxy saw. `next start` fills
 * X-Forwarded-For with the socket address when the request has none; a proxy in front
 * (nginx `proxy_set_header X-Forwarded-For $remote_addr`) must overwrite it, or a client could
 * choose its own address (docs/security.md). Local API calls (no request headers) are the
 * server itself and have no client.
 */
type WithHeaders = { headers?: Headers | null }

export function clientId(req: WithHeaders): string | undefined {
  const headers = req.headers
  if (!headers || typeof headers.get !== 'function') return undefined
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** A value fit for a log line: no control characters (no forged lines), bounded length. */
export const forLog = (value: unknown, max = 200): string =>
  String(value).replace(CONTROL, '?').slice(0, max)
