/**
 * The public site's last rebuild, as `npm start`'s rebuilder records it (scripts/lib/rebuilder.ts)
 * and the admin shows it (siteStatusText.ts): one JSON file beside the exported site data,
 * also served at `GET /status` on the rebuild endpoint and to staff at `GET /api/site-status`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { SITE_DATA_DIR } from './paths'

export const rebuildStatusSchema = z.object({
  /** false: the rebuild failed and the previous site is still online */
  ok: z.boolean(),
  /** when it ended (ISO 8601) */
  at: z.string(),
  kind: z.enum(['full', 'partial', 'none']),
  seconds: z.number(),
  /** what was done (in English, for operators), or the error of a failed rebuild */
  message: z.string(),
  /** a partial rebuild: how many records' pages were rebuilt (with every list page) */
  records: z.number().int().optional(),
  /** a publish in the admin, or `npm start` bringing the site up to date */
  trigger: z.enum(['publish', 'start']).optional(),
  /** when the rebuild began: it includes every publish made before then */
  startedAt: z.string().optional(),
})
export type RebuildStatus = z.infer<typeof rebuildStatusSchema>

export const statusFile = (siteDataDir = SITE_DATA_DIR) => `${siteDataDir}.rebuild-status.json`
export const STATUS_FILE = statusFile()

/** The last recorded rebuild, or undefined when none is recorded (or the file is unreadable). */
export function readRebuildStatus(file = STATUS_FILE): RebuildStatus | undefined {
  if (!existsSync(file)) return undefined
  try {
    return rebuildStatusSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined
  }
}

/** Written whole and renamed into place, so a reader never sees half a file. */
export function writeRebuildStatus(status: RebuildStatus, file = STATUS_FILE): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(status))
  renameSync(`${file}.tmp`, file)
}
