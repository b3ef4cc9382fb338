/**
 * What the embedded SQLite database holds, in a few milliseconds and without Payload: the row
 * count and latest `updated_at` of every content table (documents, their versions, globals).
 * A publish, an edit or a delete changes it; opening the admin or checkpointing the log does
 * not. Used to skip work when nothing changed (npm start's seed and export, the eligibility
 * CLI's copy). Undefined for MongoDB or when there is no database yet: then do the work.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { chooseDatabase } from '../../cms/dbChoice'

type Env = Record<string, string | undefined>

/** The SQLite file of DATABASE_URI, or undefined for MongoDB. */
export function sqliteFile(env: Env = process.env): string | undefined {
  const db = chooseDatabase(env)
  return db.kind === 'sqlite' ? path.resolve(db.url.replace(/^file:(\/\/)?/, '')) : undefined
}

/** node:sqlite (Node ≥ 22.13); on an older Node there is no fingerprint and the work is done. */
const sqlite = process.getBuiltinModule?.('node:sqlite') as typeof import('node:sqlite') | undefined

function open(env: Env): DatabaseSync | undefined {
  const file = sqliteFile(env)
  if (!sqlite || !file || !existsSync(file)) return undefined
  try {
    return new sqlite.DatabaseSync(file, { readOnly: true })
  } catch {
    return undefined
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export function databaseFingerprint(env: Env = process.env): string | undefined {
  const db = open(env)
  if (!db) return undefined
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .all() as { name: string }[]
    const parts: string[] = []
    for (const { name } of tables) {
      // Payload's own bookkeeping (preferences, document locks, migrations) is not content
      if (name.startsWith('payload_') || name.startsWith('sqlite_')) continue
      const cols = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string }[]
      if (!cols.some((c) => c.name === 'updated_at')) continue
      const row = db
        .prepare(`SELECT count(*) AS n, max(updated_at) AS m FROM ${quote(name)}`)
        .get() as { n: number; m: string | null }
      parts.push(`${name}:${row.n}:${row.m ?? ''}`)
    }
    return parts.length ? parts.join('|') : undefined
  } catch {
    return undefined // a database being created or migrated: do the work
  } finally {
    db.close()
  }
}

/** True when the embedded database certainly has content (so seeding "if empty" has nothing to do). */
export function databaseHasContent(env: Env = process.env): boolean {
  const db = open(env)
  if (!db) return false
  try {
    const row = db.prepare('SELECT count(*) AS n FROM towns').get() as { n: number }
    return row.n > 0
  } catch {
    return false
  } finally {
    db.close()
  }
}
