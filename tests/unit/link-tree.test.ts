/**
 * A partial rebuild lays new pages over a hard-linked copy of the served site: the served files
 * must never change under the readers, and unchanged pages must cost no copy.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkTree, moveInto } from '../../scripts/lib/link-tree'

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

describe('laying a partial build over the served site', () => {
  it('changes no file of the served site and copies none of the unchanged ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-link-'))
    const live = path.join(dir, 'dist')
    write(path.join(live, 'programmes', 'dibao', 'index.html'), '旧的低保页')
    write(path.join(live, 'policies', 'plan', 'index.html'), '规划页')
    write(path.join(live, 'sitemap-0.xml'), '<urlset>old</urlset>')
    write(path.join(live, 'search', 'zh-CN', 'meta.json'), '{"n":1}')
    write(path.join(live, '_headers'), 'old headers')
    const staging = path.join(dir, 'staging')
    write(path.join(staging, 'programmes', 'dibao', 'index.html'), '新的低保页')
    write(path.join(staging, 'sitemap-0.xml'), '<urlset>partial</urlset>')

    const next = path.join(dir, 'next')
    linkTree(live, next, new Set(['search', '_headers']))
    moveInto(staging, next, (f) => !path.basename(f).startsWith('sitemap'))
    // what the build then writes anew goes into fresh files
    write(path.join(next, '_headers'), 'new headers')
    write(path.join(next, 'search', 'zh-CN', 'meta.json'), '{"n":2}')

    const read = (root: string, f: string) => readFileSync(path.join(root, f), 'utf8')
    expect(read(next, 'programmes/dibao/index.html')).toBe('新的低保页')
    expect(read(live, 'programmes/dibao/index.html')).toBe('旧的低保页')
    expect(read(next, 'sitemap-0.xml')).toBe('<urlset>old</urlset>')
    expect(read(live, '_headers')).toBe('old headers')
    expect(read(live, 'search/zh-CN/meta.json')).toBe('{"n":1}')
    // the unchanged page is the same file, not a copy
    const ino = (root: string) => statSync(path.join(root, 'policies/plan/index.html')).ino
    expect(ino(next)).toBe(ino(live))
    expect(() => statSync(staging)).toThrow()
  })
})
