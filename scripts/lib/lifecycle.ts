/** Starting and stopping the long-running stack safely: readiness with a deadline, one shutdown. */

/**
 * Resolves when `url` answers (any status). Each attempt is cut off after `attemptMs` (a server
 * that accepts the connection but never answers cannot hang it), and the whole wait fails after
 * `timeoutMs`, or at once when `gaveUp()` says the server process has already exited.
 */
export async function waitForHttp(
  url: string,
  {
    gaveUp = () => false,
    timeoutMs = 120_000,
    attemptMs = 5_000,
    intervalMs = 250,
  }: { gaveUp?: () => boolean; timeoutMs?: number; attemptMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(Math.min(attemptMs, timeoutMs)) })
      return
    } catch (err) {
      last = err
    }
    if (gaveUp()) throw new Error(`the server exited before it answered ${url}`, { cause: last })
    if (Date.now() >= deadline)
      throw new Error(`no answer from ${url} within ${Math.round(timeoutMs / 1000)} s`, {
        cause: last,
      })
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/**
 * A shutdown that runs once, however many signals and exits ask for it (Ctrl-C twice, the admin
 * exiting because it was told to stop, …). The first caller's exit code wins.
 */
export function once<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => boolean {
  let done = false
  return (...args: A) => {
    if (done) return false
    done = true
    fn(...args)
    return true
  }
}
