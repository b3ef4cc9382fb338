/** Swapping a freshly built folder in for the served one, so a server never sees half a site. */
import { existsSync, renameSync, rmSync } from 'node:fs'

/**
 * Moves `staging` to `target`. The previous `target` is kept aside until the new one is in
 * place; if the swap fails, the previous folder is put back and the error is rethrown, so a
 * failed rebuild leaves the site that was online.
 */
export function swapIn(staging: string, target: string): void {
  const old = `${target}.old`
  rmSync(old, { recursive: true, force: true })
  const hadPrevious = existsSync(target)
  if (hadPrevious) renameSync(target, old)
  try {
    renameSync(staging, target)
  } catch (err) {
    if (hadPrevious) {
      rmSync(target, { recursive: true, force: true })
      renameSync(old, target)
    }
    throw err
  }
  rmSync(old, { recursive: true, force: true })
}
