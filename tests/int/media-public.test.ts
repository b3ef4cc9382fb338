/**
 * Uploads: only the types the site uses, by their real content; a file is public only while a
 * published record uses it (a draft's image does not leak through the API or the export).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bySlug, seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let png: Buffer
let editor: Record<string, unknown>

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a33' } })
    .png()
    .toBuffer()
  editor = (await cms.payload.create({
    collection: 'users',
    data: { email: 'ed@media.test', password: 'editor pass phrase', role: 'editor' } as never,
  })) as never
})
afterAll(async () => cms?.close())

const upload = (data: Buffer, name: string, mimetype: string) =>
  cms.payload.create({
    collection: 'media',
    data: { alt: '测试' } as never,
    file: { data, name, mimetype, size: data.length },
    user: editor as never,
    overrideAccess: false,
  })
const fileError = expect.objectContaining({ path: 'file' })

describe('upload types', () => {
  it('takes a real PNG', async () => {
    await expect(upload(png, 'gate.png', 'image/png')).resolves.toBeTruthy()
  })

  it.each([
    [
      'a renamed executable',
      Buffer.from('7f454c460201010000000000000000000200', 'hex'),
      'photo.png',
    ],
    ['a shell script named .png', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'photo.png'],
    [
      'an SVG with script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
    ],
    ['HTML named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'notice.pdf'],
  ])('refuses %s', async (_, data, name) => {
    await expect(upload(data, name, 'image/png')).rejects.toMatchObject({
      data: { errors: [fileError] },
    })
  })

  it('refuses a real PDF named .html (it would be served as a page)', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    await expect(upload(pdf, 'notice.html', 'text/html')).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringMatching(/扩展名/) })] },
    })
  })
})

describe('a draft’s image stays private', () => {
  it('is hidden from anonymous reads and the export until the record is published', async () => {
    const photo = await upload(png, 'draft-photo.png', 'image/png')
    const home = await bySlug(cms.payload, 'facilities', 'fuliyuan')
    await cms.payload.update({
      collection: 'facilities',
      id: home.id,
      draft: true,
      data: { photos: [photo.id], _status: 'draft' } as never,
    })
    const anon = () =>
      cms.payload.find({
        collection: 'media',
        overrideAccess: false,
        where: { id: { equals: photo.id } },
      })
    expect((await anon()).docs).toHaveLength(0)

    const { GET } = await import('./helpers/fileRoute').then((m) => m.fileRoute(cms))
    expect((await GET(String(photo.filename))).status).toBe(403)

    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaiping-media-')), 'site-data')
    const { exportSiteData } = await import('../../cms/export/exportSiteData')
    await exportSiteData(cms.payload, out, () => {})
    expect(existsSync(path.join(out, 'media')) ? readdirSync(path.join(out, 'media')) : []).toEqual(
      [],
    )

    await cms.payload.update({
      collection: 'facilities',
      id: home.id,
      data: { photos: [photo.id], _status: 'published' } as never,
    })
    expect((await anon()).docs).toHaveLength(1)
    expect((await GET(String(photo.filename))).status).toBe(200)

    // unpublished again: private again
    await cms.payload.update({
      collection: 'facilities',
      id: home.id,
      data: { photos: [], _status: 'published' } as never,
    })
    expect((await anon()).docs).toHaveLength(0)
  })
})
