import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { databaseFingerprint, databaseHasContent } from '../../../scripts/lib/db-fingerprint'
import {
  cacheFile,
  readProgrammesCache,
  writeProgrammesCache,
} from '../../../scripts/lib/published-programmes'
import type { RuleProgramme } from '../../../site/lib/eligibility/index'

const dir = mkdtempSync(path.join(tmpdir(), 'programmes-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = path.join(dir, 'kaiping.db')
const env = { DATABASE_URI: `file:${file}` }
const programmes: RuleProgramme[] = [
  { slug: 'dibao', name: { 'zh-CN': '低保' }, amounts: [], documents: [] },
]
const sql = (q: string) => {
  const db = new DatabaseSync(file)
  db.exec(q)
  db.close()
}

describe('the database fingerprint', () => {
  it('is undefined without a database, and for MongoDB', () => {
    expect(databaseFingerprint(env)).toBeUndefined()
    expect(databaseHasContent(env)).toBe(false)
    expect(databaseFingerprint({ DATABASE_URI: 'mongodb://db/kaiping' })).toBeUndefined()
  })

  it('changes with an edit, a new row or a delete; not with Payload’s own bookkeeping', () => {
    sql(`CREATE TABLE towns (id INTEGER PRIMARY KEY, updated_at TEXT);
         CREATE TABLE payload_locked_documents (id INTEGER PRIMARY KEY, updated_at TEXT);
         INSERT INTO towns VALUES (1, '2026-01-01'), (2, '2026-01-02');`)
    expect(databaseHasContent(env)).toBe(true)
    const before = databaseFingerprint(env)
    expect(before).toBeDefined()
    sql(`INSERT INTO payload_locked_documents VALUES (1, '2026-02-01')`)
    expect(databaseFingerprint(env)).toBe(before)
    sql(`UPDATE towns SET updated_at = '2026-03-01' WHERE id = 1`)
    const edited = databaseFingerprint(env)
    expect(edited).not.toBe(before)
    sql(`DELETE FROM towns WHERE id = 2`)
    expect(databaseFingerprint(env)).not.toBe(edited)
  })
})

describe('the eligibility CLI’s copy of the published programmes', () => {
  it('lives beside the SQLite database; MongoDB has none (the CMS is always read)', () => {
    expect(cacheFile(env)).toBe(path.join(dir, 'cache', 'published-programmes.json'))
    expect(cacheFile({ DATABASE_URI: 'mongodb://db/kaiping' })).toBeUndefined()
  })

  it('is used while the database is unchanged, ignored after a publish', () => {
    writeProgrammesCache(programmes, databaseFingerprint(env), env)
    expect(readProgrammesCache(env)).toEqual(programmes)
    sql(`UPDATE towns SET updated_at = '2026-04-01' WHERE id = 1`)
    expect(readProgrammesCache(env)).toBeUndefined()
  })

  it('is ignored when damaged or from another version', () => {
    writeProgrammesCache(programmes, databaseFingerprint(env), env)
    const good = JSON.parse(JSON.stringify(readProgrammesCache(env)))
    expect(good).toEqual(programmes)
    writeFileSync(cacheFile(env)!, '{ not json')
    expect(readProgrammesCache(env)).toBeUndefined()
    writeFileSync(
      cacheFile(env)!,
      JSON.stringify({ version: 0, fingerprint: databaseFingerprint(env), programmes }),
    )
    expect(readProgrammesCache(env)).toBeUndefined()
  })
})
