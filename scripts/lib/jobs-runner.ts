/**
 * Runs the CMS jobs queue (scheduled publish and unpublish) in the embedded mode: every
 * `intervalMs` it calls the admin's GET /api/payload-jobs/run with the shared secret — exactly
 * what a production cron does (docs/deploy.md). Due jobs publish, and publishing rebuilds the site.
 */
import { randomBytes } from 'node:crypto'

/** The secret the admin process and the runner share (cms/jobs.ts checks it). */
export const jobsSecret = () => process.env.PAYLOAD_JOBS_SECRET || randomBytes(24).toString('hex')

export function createJobsRunner(
  adminUrl: string,
  secret: string,
  intervalMs = Number(process.env.JOBS_INTERVAL_MS ?? 60_000),
): { start: () => void; stop: () => void; tick: () => Promise<void> } {
  let running = false
  let timer: NodeJS.Timeout | undefined
  const tick = async () => {
    if (running) return
    running = true
    try {
      const res = await fetch(`${adminUrl}/api/payload-jobs/run?limit=20`, {
        headers: { authorization: `Bearer ${secret}` },
      })
      if (!res.ok) console.warn(`[jobs] the queue run answered ${res.status}`)
    } catch (err) {
      console.warn(`[jobs] could not reach the admin: ${(err as Error).message}`)
    } finally {
      running = false
    }
  }
  return {
    start: () => {
      timer ??= setInterval(() => void tick(), intervalMs)
      timer.unref()
    },
    stop: () => clearInterval(timer),
    tick,
  }
}
