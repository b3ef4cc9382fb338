/**
 * A photo uploaded in the CMS reaches the static site: resized by sharp, copied beside the
 * exported data, its URL pointing at the site's own copy (the CMS need not be reachable).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-export-')), 'site-data')
type Photo = {
  url: string
  alt: Record<string, string>
  sizes: { card: { url: string; width: number } }
}

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  const data = await sharp({
    create: { width: 1600, height: 1200, channels: 3, background: '#3a6ea5' },
  })
    .png()
    .toBuffer()
  const photo = await cms.payload.create({
    collection: 'media',
    data: { alt: '福利院正门' } as never,
    file: { data, mimetype: 'image/png', name: 'fuliyuan-gate.png', size: data.length },
  })
  const home = await bySlug(cms.payload, 'facilities', 'fuliyuan')
  await cms.payload.update({
    collection: 'facilities',
    id: home.id,
    data: { photos: [photo.id], _status: 'published' } as never,
  })
  const { exportSiteData } = await import('../../cms/export/exportSiteData')
  await exportSiteData(cms.payload, out, () => {})
})
afterAll(async () => cms?.close())

describe('photos on the static site', () => {
  it('exports the photo with site URLs and its resized copies', () => {
    const [home] = JSON.parse(readFileSync(path.join(out, 'facilities.json'), 'utf8')) as {
      photos: Photo[]
    }[]
    const photo = home.photos[0]
    expect(photo.alt['zh-CN']).toBe('福利院正门')
    expect(photo.url).toMatch(/^\/media\/fuliyuan-gate\.webp$/)
    expect(photo.sizes.card.width).toBe(640)
    expect(photo.sizes.card.url).toMatch(/^\/media\/fuliyuan-gate-640x\d+\.webp$/)
    for (const url of [photo.url, photo.sizes.card.url])
      expect(existsSync(path.join(out, url))).toBe(true)
    expect(readFileSync(path.join(out, 'facilities.json'), 'utf8')).not.toContain(
      '/api/media/file/',
    )
  })
})
