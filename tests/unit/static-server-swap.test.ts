/**
 * The site server during a rebuild: dist/ is swapped while requests are in flight, so files
 * and even the folder can vanish between two looks. It answers "try again" and keeps serving.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// a file named vanishing.html is deleted just before the server opens it (the swap's timing)
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    createReadStream: ((file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('vanishing.html')) fs.rmSync(file, { force: true })
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
  it('answers 503 "try again" for a file that vanished after it was found, and keeps serving', async () => {
    writeFileSync(path.join(root, 'a', 'vanishing.html'), '<h1>旧</h1>')
    const res = await fetch(`${base}/a/vanishing.html`)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(await res.text()).toContain('网站正在更新')
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('answers 503 when the site folder cannot be resolved at all, and keeps serving', async () => {
    folder = () => {
      throw new Error('ENOENT: dist/ is being swapped')
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect((await fetch(`${base}/`)).status).toBe(503)
      expect(errors).toHaveBeenCalled()
    } finally {
      errors.mockRestore()
      folder = () => root
    }
    expect((await fetch(`${base}/`)).status).toBe(200)
  })
})
