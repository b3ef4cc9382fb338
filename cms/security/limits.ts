/**
 * Rate limits, in memory (one admin process, the embedded default; docs/security.md shows a
 * shared store for several). Every limit is per client: nothing here lets one client lock out
 * another, or a staff account for everyone.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { APIError, type PayloadRequest } from 'payload'

export const LIMITS = {
  /** failed sign-ins for one account from one client: then 15 minutes' wait */
  loginAccount: new RateLimiterMemory({ points: 5, duration: 15 * 60, blockDuration: 15 * 60 }),
  /** failed sign-ins from one client, any account (an office shares one address) */
  loginClient: new RateLimiterMemory({ points: 30, duration: 15 * 60, blockDuration: 15 * 60 }),
  /** reset e-mails asked for by one client */
  forgotClient: new RateLimiterMemory({ points: 5, duration: 60 * 60 }),
  /** reset attempts (token guesses) from one client */
  resetClient: new RateLimiterMemory({ points: 10, duration: 60 * 60 }),
  /** REST requests per client per minute (the admin makes a few dozen per page) */
  api: new RateLimiterMemory({ points: 600, duration: 60 }),
  /** GraphQL queries per client per minute (each may be costly; the admin does not use it) */
  graphql: new RateLimiterMemory({ points: 30, duration: 60 }),
}

/** Seconds to wait when `key` is over `limiter`'s budget, after taking one point; else 0. */
export async function take(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    await limiter.consume(key)
    return 0
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
    throw res
  }
}

export function tooMany(seconds: number, req?: Partial<PayloadRequest>): APIError {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return new APIError(
    req?.i18n?.language === 'en'
      ? `Too many attempts. Try again in ${minutes} minute(s).`
      : `尝试次数过多，请 ${minutes} 分钟后再试。`,
    429,
    { retryAfter: seconds },
    true,
  )
}
