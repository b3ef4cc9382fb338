import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { chooseDatabase, type DatabaseChoice } from './dbChoice'
import { queueTransactions } from './sqliteTransactions'

export { chooseDatabase, type DatabaseChoice } from './dbChoice'

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
