/**
 * npm run backup [-- <folder>]      database snapshot + media → <folder>/kaiping-<time>.tar.gz
 * npm run restore -- <file.tar.gz>  put a backup in place (stop npm start first)
 * The embedded default only (SQLite + media); MongoDB: see docs/deploy.md.
 */
import path from 'node:path'
import { chooseDatabase } from '../cms/db'
import { dataDir, ROOT } from '../cms/paths'
import { backup, restore } from './lib/backup'
import { runMain } from './lib/main'

async function main() {
  const [command, arg] = process.argv.slice(2)
  if (chooseDatabase().kind === 'mongodb')
    throw new Error('DATABASE_URI is MongoDB: back it up with mongodump (docs/deploy.md)')
  if (command === 'backup') await backup(dataDir(), path.resolve(arg ?? path.join(ROOT, 'backups')))
  else if (command === 'restore' && arg) await restore(path.resolve(arg), dataDir())
  else throw new Error('usage: npm run backup [-- <folder>] | npm run restore -- <file.tar.gz>')
}

void runMain('backup', main)
