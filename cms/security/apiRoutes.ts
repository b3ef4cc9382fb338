/**
 * Wraps the Next route handlers of /api: per-client rate limits (REST and GraphQL), a time
 * limit on GraphQL answers, and — in production — GraphQL errors without schema suggestions.
 */
import { clientId } from './client'
import { maskSuggestions } from './graphqlLimits'
import { LIMITS, take } from './limits'

type Handler<C> = (req: Request, ctx: C) => Promise<Response>

const tooMany = (seconds: number) =>
  Response.json(
    { errors: [{ message: `请求过于频繁，请 ${seconds} 秒后再试。 / Too many requests.` }] },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  )

export function limitRest<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const wait = await take(LIMITS.api, clientId(req) ?? 'unknown')
    return wait ? tooMany(wait) : handler(req, ctx)
  }
}

export const GRAPHQL_TIMEOUT_MS = 10_000

export function protectGraphQL<C>(
  handler: Handler<C>,
  env: Record<string, string | undefined> = process.env,
): Handler<C> {
  return async (req, ctx) => {
    const wait = await take(LIMITS.graphql, clientId(req) ?? 'unknown')
    if (wait) return tooMany(wait)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<Response>((resolve) => {
      timer = setTimeout(
        () =>
          resolve(
            Response.json(
              { errors: [{ message: '查询超时 / Query took too long' }] },
              { status: 503 },
            ),
          ),
        GRAPHQL_TIMEOUT_MS,
      )
    })
    const res = await Promise.race([handler(req, ctx), timeout]).finally(() => clearTimeout(timer))
    if (env.NODE_ENV !== 'production' || res.status === 503) return res
    const body = await res.text()
    return new Response(maskSuggestions(body), { status: res.status, headers: res.headers })
  }
}
