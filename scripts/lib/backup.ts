/**
 * Backup and restore of the embedded default: the SQLite database (a consistent snapshot taken
 * with VACUUM INTO, safe while the admin runs) and the uploaded media, in one .tar.gz. Secrets
 * (DATA_DIR/.env) are not in it. MongoDB deployments use mongodump instead (docs/deploy.md).
 */
import { createClient } from '@libsql/client'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { create, extract, list } from 'tar'

export const DB_FILE = 'kaiping.db'
const MEDIA = 'media'

const stamp = () =>
  new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const sql = (file: string) => `'${file.replace(/'/g, "''")}'`

/** How many rows each content table holds: the backup's manifest, and the restore's check. */
async function counts(dbFile: string): Promise<Record<string, number>> {
  const db = createClient({ url: `file:${dbFile}` })
  try {
    const out: Record<string, number> = {}
    for (const table of ['users', 'policies', 'programmes', 'facilities', 'towns', 'media']) {
      const r = await db.execute(`SELECT count(*) AS n FROM "${table}"`)
      out[table] = Number(r.rows[0].n)
    }
    return out
  } finally {
    db.close()
  }
}

export async function backup(
  dataDir: string,
  outDir: string,
  log: (s: string) => void = console.log,
): Promise<string> {
  const db = path.join(dataDir, DB_FILE)
  if (!existsSync(db)) throw new Error(`no database at ${db}: nothing to back up`)
  const work = mkdtempSync(path.join(dataDir, '.backup-'))
  try {
    log('[backup] 1/3 database snapshot …')
    const client = createClient({ url: `file:${db}` })
    try {
      await client.execute(`VACUUM INTO ${sql(path.join(work, DB_FILE))}`)
    } finally {
      client.close()
    }
    const rows = await counts(path.join(work, DB_FILE))
    log('[backup] 2/3 media …')
    const media = path.join(dataDir, MEDIA)
    if (existsSync(media)) cpSync(media, path.join(work, MEDIA), { recursive: true })
    const files = existsSync(media) ? readdirSync(media).length : 0
    writeFileSync(
      path.join(work, 'manifest.json'),
      JSON.stringify({ createdAt: new Date().toISOString(), rows, mediaFiles: files }, null, 1),
    )
    mkdirSync(outDir, { recursive: true })
    const file = path.join(outDir, `kaiping-${stamp()}.tar.gz`)
    log('[backup] 3/3 archive …')
    await create({ gzip: true, file, cwd: work }, readdirSync(work))
    log(
      `[backup] ${file} (${Object.entries(rows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; ${files} media files)`,
    )
    return file
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Replaces the database and media with the archive's. The current ones are kept in
 * DATA_DIR/before-restore-<time>/ (nothing is lost). Stop `npm start` first.
 */
export async function restore(
  archive: string,
  dataDir: string,
  log: (s: string) => void = console.log,
): Promise<string> {
  if (!existsSync(archive)) throw new Error(`no such backup: ${archive}`)
  const entries: string[] = []
  await list({ file: archive, onReadEntry: (e) => entries.push(e.path) })
  if (!entries.includes(DB_FILE)) throw new Error(`${archive} is not a backup (no ${DB_FILE})`)
  if (entries.some((e) => e.startsWith('/') || e.split('/').includes('..')))
    throw new Error(`${archive} has unsafe paths; refusing it`)
  mkdirSync(dataDir, { recursive: true })
  const work = mkdtempSync(path.join(dataDir, '.restore-'))
  try {
    log('[restore] 1/3 unpacking and checking …')
    await extract({ file: archive, cwd: work })
    const rows = await counts(path.join(work, DB_FILE))
    log('[restore] 2/3 keeping the current data aside …')
    const aside = path.join(dataDir, `before-restore-${stamp()}`)
    mkdirSync(aside)
    for (const name of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, MEDIA]) {
      const p = path.join(dataDir, name)
      if (existsSync(p)) renameSync(p, path.join(aside, name))
    }
    log('[restore] 3/3 putting the backup in place …')
    renameSync(path.join(work, DB_FILE), path.join(dataDir, DB_FILE))
    if (existsSync(path.join(work, MEDIA)))
      renameSync(path.join(work, MEDIA), path.join(dataDir, MEDIA))
    log(
      `[restore] done (${Object.entries(rows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); the previous data is in ${aside}`,
    )
    return aside
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
