/**
 * The site server during a rebuild: dist/ is swapped while requests are in flight, so files
 * and even the folder can vanish between two looks. It looks again in the new folder, answers
 * "try again" only when that fails too, and keeps serving.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// a file named vanishing.html in the old folder is deleted just before the server opens it (the
// swap's timing); the new folder's ("-next-") stays
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    createReadStream: ((file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('vanishing.html') && !String(file).includes('-next-'))
        fs.rmSync(file, { force: true })
      return (fs.createReadStream as (...a: unknown[]) => unknown)(file, ...rest)
    }) as typeof fs.createReadStream,
  }
})
const { startStaticServer } = await import('../../scripts/lib/static-server')

const root = mkdtempSync(path.join(tmpdir(), 'kaiping-dist-'))
mkdirSync(path.join(root, 'a'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), '<h1>首页</h1>')
let folder: () => string = () => root

let server: Server
let base: string
beforeAll(async () => {
  server = await startStaticServer(() => folder(), 0)
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
})
afterAll(() => server?.close())

describe('static site server during a swap', () => {
  it('serves a file that vanished after it was found from the new folder', async () => {
    const next = mkdtempSync(path.join(tmpdir(), 'kaiping-dist-next-'))
    mkdirSync(path.join(next, 'a'))
    writeFileSync(path.join(next, 'a', 'vanishing.html'), '<h1>新</h1>')
    writeFileSync(path.join(root, 'a', 'vanishing.html'), '<h1>旧</h1>')
    let looks = 0
    // the first look finds the old folder; by the retry the swap has put the new one in place
    folder = () => (looks++ === 0 ? root : next)
    try {
      const res = await fetch(`${base}/a/vanishing.html`)
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('<h1>新</h1>')
    } finally {
      folder = () => root
    }
  })

  it('answers a page that is gone from the new site too with "not found", and keeps serving', async () => {
    writeFileSync(path.join(root, 'a', 'vanishing.html'), '<h1>旧</h1>')
    const res = await fetch(`${base}/a/vanishing.html`)
    expect(res.status).toBe(404)
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('waits out the moment between the two renames when the site folder is missing', async () => {
    let looks = 0
    folder = () => (looks++ === 0 ? `${root}.swapped-away` : root)
    try {
      const res = await fetch(`${base}/`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('首页')
    } finally {
      folder = () => root
    }
  })

  it('answers 503 "try again" when the site folder cannot be resolved at all, and keeps serving', async () => {
    folder = () => {
      throw new Error('ENOENT: dist/ is being swapped')
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const res = await fetch(`${base}/`)
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('1')
      expect(await res.text()).toContain('网站正在更新')
      expect(errors).toHaveBeenCalled()
    } finally {
      errors.mockRestore()
      folder = () => root
    }
    expect((await fetch(`${base}/`)).status).toBe(200)
  })
})
