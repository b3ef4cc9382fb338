/**
 * A partial rebuild lays new pages over a hard-linked copy of the served site and moves the new
 * search index in (scripts/lib/finish-build.ts): the served files never change under their
 * readers, unchanged pages cost no copy, and the headers allow every page's inline scripts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishBuild } from '../../scripts/lib/finish-build'

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}
const headers = (...hashes: string[]) =>
  `/*\n  Content-Security-Policy: script-src 'self'${hashes.map((h) => ` 'sha256-${h}'`).join('')}\n`

describe('finishing a partial rebuild', () => {
  it('swaps in the new pages and index over a linked copy of the served site', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-finish-'))
    const live = path.join(dir, 'dist')
    write(path.join(live, 'programmes', 'dibao', 'index.html'), '旧的低保页')
    write(path.join(live, 'policies', 'plan', 'index.html'), '规划页')
    write(path.join(live, 'sitemap-0.xml'), '<urlset>old</urlset>')
    write(path.join(live, 'search', 'index.html'), '旧的搜索页')
    write(path.join(live, 'search', 'zh-CN', 'meta.json'), '{"n":1}')
    write(path.join(live, 'search', 'zh-CN', 'd', '1.json'), '{"old":true}')
    write(path.join(live, '_headers'), headers('OLD'))
    const staging = path.join(dir, 'dist.next-build')
    write(path.join(staging, 'programmes', 'dibao', 'index.html'), '新的低保页')
    write(path.join(staging, 'search', 'index.html'), '新的搜索页')
    write(path.join(staging, 'sitemap-0.xml'), '<urlset>partial</urlset>')
    write(path.join(staging, '_headers'), headers('NEW'))
    const indexDir = path.join(dir, 'dist.next-index')
    write(path.join(indexDir, 'search', 'zh-CN', 'meta.json'), '{"n":2}')
    write(path.join(indexDir, 'search', 'pinyin.json'), '{}')
    const inoBefore = statSync(path.join(live, 'policies', 'plan', 'index.html')).ino

    await finishBuild(
      { staging, outDir: live, indexDir, partial: true, siteDataDir: path.join(dir, 'data') },
      () => {},
    )

    const read = (f: string) => readFileSync(path.join(live, f), 'utf8')
    expect(read('programmes/dibao/index.html')).toBe('新的低保页')
    expect(read('policies/plan/index.html')).toBe('规划页')
    expect(read('search/index.html')).toBe('新的搜索页')
    // the index is the new one, whole: no file of the old one is left in it
    expect(read('search/zh-CN/meta.json')).toBe('{"n":2}')
    expect(existsSync(path.join(live, 'search', 'zh-CN', 'd', '1.json'))).toBe(false)
    expect(read('search/pinyin.json')).toBe('{}')
    // a partial build adds or removes no page: the full sitemap stays
    expect(read('sitemap-0.xml')).toBe('<urlset>old</urlset>')
    // the CSP allows the old pages' inline scripts and the new ones'
    expect(read('_headers')).toContain("'sha256-OLD'")
    expect(read('_headers')).toContain("'sha256-NEW'")
    // the unchanged page is the same file, not a copy
    expect(statSync(path.join(live, 'policies/plan/index.html')).ino).toBe(inoBefore)
    for (const gone of [staging, indexDir, `${live}.next-merge`, `${live}.old`])
      expect(existsSync(gone)).toBe(false)
  })
})
