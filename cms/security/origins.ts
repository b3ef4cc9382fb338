/**
 * Which browser origins may use a signed-in staff cookie (CSRF) and read the API (CORS):
 * the admin's own URL (PAYLOAD_PUBLIC_SERVER_URL) plus PAYLOAD_ALLOWED_ORIGINS (comma-separated).
 * The public site is NOT on the list even on the same host: a page there (or a script injected
 * into one) cannot act with a publisher's cookie. Same-host pages count as the same *site*, so
 * SameSite alone would not stop them; the Origin check does.
 */
type Env = Record<string, string | undefined>

const originOf = (url: string): string => new URL(url).origin

export function allowedOrigins(env: Env = process.env): string[] {
  const list = [env.PAYLOAD_PUBLIC_SERVER_URL, ...(env.PAYLOAD_ALLOWED_ORIGINS ?? '').split(',')]
    .map((s) => s?.trim())
    .filter((s): s is string => Boolean(s))
    .map(originOf)
  return [...new Set(list)]
}

/**
 * The CSRF allowlist. Payload accepts a cookie from every origin when the list is empty, so a
 * production server without a configured URL fails closed: cookie requests that carry an
 * Origin are refused (staff see it at once) instead of accepted from anywhere.
 */
export function csrfOrigins(env: Env = process.env): string[] {
  const list = allowedOrigins(env)
  if (list.length === 0 && env.NODE_ENV === 'production') {
    console.warn(
      '[security] PAYLOAD_PUBLIC_SERVER_URL is not set: the admin accepts sign-in cookies from no origin until it is',
    )
    return ['https://payload-public-server-url.invalid']
  }
  return list
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

/**
 * Auth cookies: SameSite=Strict always; Secure in production, except the embedded `npm start`
 * on this machine over plain http (PAYLOAD_PUBLIC_SERVER_URL http://127.0.0.1:…), where a
 * Secure cookie could not be set at all.
 */
export function authCookies(env: Env = process.env): { secure: boolean; sameSite: 'Strict' } {
  const server = env.PAYLOAD_PUBLIC_SERVER_URL ? new URL(env.PAYLOAD_PUBLIC_SERVER_URL) : undefined
  const localHttp = server?.protocol === 'http:' && LOOPBACK.test(server.hostname)
  return { secure: env.NODE_ENV === 'production' && !localHttp, sameSite: 'Strict' }
}
