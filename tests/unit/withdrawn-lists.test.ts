/**
 * The site's lists leave withdrawn records out while their pages stay (site/lib/data.ts reads
 * the export's `withdrawn` flag).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

type Data = typeof import('../../site/lib/data')
let data: Data

const programme = (slug: string, withdrawn: boolean) => ({
  id: slug,
  slug,
  category: 'basic-living',
  name: { 'zh-CN': slug },
  withdrawn,
  withdrawal: withdrawn ? 'discontinued' : null,
  relatedPolicies: ['plan'],
  updatedAt: '2026-01-01T00:00:00.000Z',
})

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-lists-'))
  writeFileSync(
    path.join(dir, 'programmes.json'),
    JSON.stringify([programme('current', false), programme('stopped', true)]),
  )
  writeFileSync(
    path.join(dir, 'policies.json'),
    JSON.stringify([
      { id: 'plan', slug: 'plan', withdrawn: false },
      { id: 'old', slug: 'old', withdrawn: true, withdrawal: 'repealed' },
    ]),
  )
  process.env.SITE_DATA_DIR = dir
  data = await import('../../site/lib/data')
})

describe('withdrawn records in the site data', () => {
  it('keep their pages (every record is there to render)', () => {
    expect(data.programmes().map((p) => p.slug)).toEqual(['current', 'stopped'])
    expect(data.policies().map((p) => p.slug)).toEqual(['plan', 'old'])
  })

  it('leave the lists, the category groups and the related programmes', () => {
    expect(data.currentProgrammes().map((p) => p.slug)).toEqual(['current'])
    expect(data.currentPolicies().map((p) => p.slug)).toEqual(['plan'])
    expect(data.programmesByCategory()).toEqual([
      { category: 'basic-living', items: [expect.objectContaining({ slug: 'current' })] },
    ])
    expect(data.programmesForPolicy(data.policies()[0]).map((p) => p.slug)).toEqual(['current'])
  })
})
