/**
 * The jobs queue: scheduled publish and unpublish ("Schedule" beside Publish in the admin).
 * A job waits in `payload-jobs` until its time; something must then run the queue:
 * - embedded (`npm start`): scripts/lib/jobs-runner.ts calls GET /api/payload-jobs/run every
 *   minute with `Authorization: Bearer $PAYLOAD_JOBS_SECRET`;
 * - production: a cron (or the host's scheduler) calls the same endpoint the same way
 *   (docs/deploy.md). A due job publishes as the user who scheduled it, so an editor's schedule
 *   cannot publish, and the publish rebuilds the site like any other.
 */
import { timingSafeEqual } from 'node:crypto'
import type { JobsConfig, PayloadRequest } from 'payload'
import { hasRole } from './access/roles'

export const JOBS_SECRET_ENV = 'PAYLOAD_JOBS_SECRET'

/** The runner's shared secret, from `Authorization: Bearer …` (none configured: nobody). */
export function hasJobsSecret(req: Pick<PayloadRequest, 'headers'>): boolean {
  const secret = process.env[JOBS_SECRET_ENV]
  const header = req.headers?.get('authorization') ?? ''
  if (!secret || secret.length < 16 || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const jobs: JobsConfig = {
  access: {
    // run the queue: the scheduler (shared secret) or an admin; never the public or an editor
    run: ({ req }) => hasRole(req.user, 'admin') || hasJobsSecret(req),
    queue: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
    cancel: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
  },
  // finished jobs are history the audit trail already keeps; drop them from the queue
  deleteJobOnComplete: true,
}
