import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContentError, loadContent } from '../../content/schema/load'
import { FIXTURE_CONTENT, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

const importer = () => import('../../cms/seed/importContent')
const count = async (collection: 'towns' | 'programmes' | 'policies') =>
  (await cms.payload.count({ collection })).totalDocs

describe('seed importer', () => {
  it('stops on a record that Payload rejects, names file and field, and writes nothing', async () => {
    const { importContent, ImportError } = await importer()
    const content = loadContent(FIXTURE_CONTENT)
    const broken = structuredClone(content)
    broken.programmes[0].data.amounts[0].from = '2020-13' // a month that does not exist
    const error = await importContent(cms.payload, broken, () => {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as InstanceType<typeof ImportError>).file).toMatch(/programmes\/dibao\.yaml$/)
    expect((error as InstanceType<typeof ImportError>).field).toContain('from')
    // towns and policies come before programmes in the import; the rollback removed them too
    expect(await count('towns')).toBe(0)
    expect(await count('policies')).toBe(0)
  })

  it('imports everything in three locales, then a second run changes nothing', async () => {
    const { importContent } = await importer()
    const lines: string[] = []
    const first = await importContent(cms.payload, loadContent(FIXTURE_CONTENT), (l) =>
      lines.push(l),
    )
    expect(first).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: 0 })
    expect(lines).toContain('[seed] programmes 1/1 dibao: created')

    const en = await cms.payload.find({
      collection: 'programmes',
      locale: 'en',
      where: { slug: { equals: 'dibao' } },
    })
    expect(en.docs[0].name).toBe('Minimum living allowance (Dibao)')
    expect(en.docs[0].amounts?.[0].label).toBe('Dibao standard')
    expect(en.docs[0].amounts?.[0].value).toBe(900)
    const hant = await cms.payload.find({
      collection: 'programmes',
      locale: 'zh-Hant',
      fallbackLocale: false,
      where: { slug: { equals: 'dibao' } },
    })
    expect(hant.docs[0].summary).toBe('低保簡介。')
    expect(hant.docs[0].whoCanApply ?? null).toBeNull()

    const before = (await cms.payload.find({ collection: 'programmes', limit: 10 })).docs.map(
      (d) => d.updatedAt,
    )
    const second = await importContent(cms.payload, loadContent(FIXTURE_CONTENT), () => {})
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 8, skipped: 0 })
    const after = (await cms.payload.find({ collection: 'programmes', limit: 10 })).docs.map(
      (d) => d.updatedAt,
    )
    expect(after).toEqual(before)
  })

  it('updates only the record whose file changed', async () => {
    const { importContent } = await importer()
    const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-content-'))
    cpSync(FIXTURE_CONTENT, dir, { recursive: true })
    const file = path.join(dir, 'towns', 'changsha.yaml')
    writeFileSync(
      file,
      'slug: changsha\nkind: subdistrict\nname: { zh-CN: 长沙街道, zh-Hant: 長沙街道, en: Changsha Subdistrict (Kaiping) }\npinyin: Chángshā\norder: 1\n',
    )
    const stats = await importContent(cms.payload, loadContent(dir), () => {})
    expect(stats).toEqual({ created: 0, updated: 1, unchanged: 7, skipped: 0 })
    const town = await cms.payload.find({ collection: 'towns', locale: 'en' })
    expect(town.docs[0].name).toBe('Changsha Subdistrict (Kaiping)')
  })
})

describe('content validation before import', () => {
  it('reports file, field and reason for every bad record', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-bad-'))
    cpSync(FIXTURE_CONTENT, dir, { recursive: true })
    writeFileSync(path.join(dir, 'programmes', 'dibao.yaml'), 'slug: dibao\ncategory: nonsense\n')
    writeFileSync(path.join(dir, 'towns', 'changsha.yaml'), 'slug: [unclosed\n')
    let error: ContentError | undefined
    try {
      loadContent(dir)
    } catch (e) {
      error = e as ContentError
    }
    expect(error).toBeInstanceOf(ContentError)
    const problems = error!.problems.map((p) => `${path.basename(p.file)}:${p.field}`)
    expect(problems).toContain('dibao.yaml:category')
    expect(problems).toContain('dibao.yaml:name')
    expect(problems).toContain('changsha.yaml:')
    expect(error!.message).toMatch(/not valid YAML/)
  })
})
