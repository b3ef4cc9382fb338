/**
 * The restore drill for the embedded default, as commands: `npm run backup` while the CMS runs,
 * lose data, `npm run restore -- <file>`, and the records and media are back (the data it
 * replaced is kept aside).
 */
import { createClient } from '@libsql/client'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let closed = false
const media = () => path.join(cms.dir, 'media')

const npm = (...args: string[]) =>
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/backup.ts', ...args], {
    env: { ...process.env, DATA_DIR: cms.dir },
    encoding: 'utf8',
  })

const townSlugs = async () => {
  const db = createClient({ url: `file:${path.join(cms.dir, 'kaiping.db')}` })
  try {
    return (await db.execute('SELECT slug FROM towns')).rows.map((r) => r.slug)
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  mkdirSync(media(), { recursive: true })
  writeFileSync(path.join(media(), 'photo.webp'), 'image bytes')
})
afterAll(async () => {
  if (!closed) await cms?.close()
  else rmSync(cms.dir, { recursive: true, force: true })
})

describe('backup and restore (SQLite + media)', () => {
  let archive = ''

  it('npm run backup writes one archive while the CMS is running, with progress', () => {
    const out = npm('backup', path.join(cms.dir, 'backups'))
    expect(out).toMatch(/\[backup\] 1\/3 .*\n.*\[backup\] 2\/3/s)
    archive = path.join(cms.dir, 'backups', readdirSync(path.join(cms.dir, 'backups'))[0])
    expect(archive).toMatch(/kaiping-\d{8}-\d{6}\.tar\.gz$/)
    expect(out).toContain('towns 1')
  })

  it('npm run restore brings back deleted records and media, keeping the replaced data', async () => {
    const town = (await cms.payload.find({ collection: 'towns' })).docs[0]
    await cms.payload.delete({ collection: 'towns', id: town.id })
    writeFileSync(path.join(media(), 'photo.webp'), 'overwritten')
    expect(await townSlugs()).toEqual([])
    // the drill: stop the CMS, restore, check
    await cms.payload.destroy()
    closed = true
    const out = npm('restore', archive)
    expect(out).toContain('[restore] done')
    expect(await townSlugs()).toEqual(['changsha'])
    expect(readFileSync(path.join(media(), 'photo.webp'), 'utf8')).toBe('image bytes')
    const aside = readdirSync(cms.dir).find((f) => f.startsWith('before-restore-'))!
    expect(existsSync(path.join(cms.dir, aside, 'kaiping.db'))).toBe(true)
  })

  it('refuses a file that is not a backup, changing nothing', () => {
    const bogus = path.join(cms.dir, 'bogus.tar.gz')
    writeFileSync(bogus, 'not an archive')
    expect(() => npm('restore', bogus)).toThrow()
    expect(existsSync(path.join(cms.dir, 'kaiping.db'))).toBe(true)
  })
})
