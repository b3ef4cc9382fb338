import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, databaseAdapter } from '../../cms/db'

describe('database selection', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset', () => {
    const choice = chooseDatabase({})
    expect(choice.kind).toBe('sqlite')
    expect(choice.url).toBe(
      `file:${path.join(path.resolve(process.env.DATA_DIR ?? '.data'), 'kaiping.db')}`,
    )
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URIs, unchanged', () => {
    expect(chooseDatabase({ DATABASE_URI: 'mongodb://db1,db2/kaiping?replicaSet=rs0' })).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db1,db2/kaiping?replicaSet=rs0',
    })
    expect(chooseDatabase({ DATABASE_URI: 'mongodb+srv://u:p@cluster.example/kaiping' }).kind).toBe(
      'mongodb',
    )
  })

  it('accepts a file: URL for another SQLite file', () => {
    expect(chooseDatabase({ DATABASE_URI: 'file:/srv/kaiping.db' })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/kaiping.db',
    })
  })

  it('refuses other databases with a clear message', () => {
    expect(() => chooseDatabase({ DATABASE_URI: 'postgres://x/y' })).toThrow(
      /must start with mongodb:\/\/.*got "postgres:…"/,
    )
  })

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapter({ kind: 'mongodb', url: 'mongodb://localhost/kaiping' }).name).toBe(
      'mongoose',
    )
    expect(
      databaseAdapter({
        kind: 'sqlite',
        url: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-db-')), 'x.db')}`,
      }).name,
    ).toBe('sqlite')
  })
})
