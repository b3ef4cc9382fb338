import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { readRebuildStatus } from '../siteStatus'

/**
 * GET /api/site-status: the public site's last rebuild (cms/siteStatus.ts), for staff — the edit
 * view's note after a publish polls it. `null` when none is recorded (a production deploy hook).
 * The public gets 404, like any staff-only route.
 */
export const siteStatusEndpoint: Endpoint = {
  path: '/site-status',
  method: 'get',
  handler: (req) =>
    hasRole(req.user, 'admin', 'publisher', 'editor')
      ? Response.json(readRebuildStatus() ?? null, { headers: { 'cache-control': 'no-store' } })
      : Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 }),
}
