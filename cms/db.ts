import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir } from './paths'
import { queueTransactions } from './sqliteTransactions'

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

/**
 * DATABASE_URI=mongodb://… (or mongodb+srv://…) selects MongoDB; anything else, or nothing,
 * selects the embedded SQLite file (default .data/kaiping.db, or a file: URL).
 */
export function chooseDatabase(
  env: Record<string, string | undefined> = process.env,
): DatabaseChoice {
  const uri = env.DATABASE_URI?.trim()
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', url: uri }
  if (uri && uri.startsWith('file:')) return { kind: 'sqlite', url: uri }
  if (uri)
    throw new Error(
      `DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:…")`,
    )
  return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'kaiping.db')}` }
}

export function databaseAdapter(choice: DatabaseChoice = chooseDatabase()): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  mkdirSync(path.dirname(choice.url.replace(/^file:/, '')), { recursive: true })
  // transactionOptions turns transactions on (they are off by default for SQLite), so the
  // seed importer and every admin save are all-or-nothing.
  return queueTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      busyTimeout: 5000,
      wal: true,
      transactionOptions: {},
    }),
  )
}
