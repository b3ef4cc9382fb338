import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { swapIn } from '../../scripts/lib/swap'

function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), text)
}
const page = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8')

describe('swapping a new build in for dist/', () => {
  it('replaces the served folder and leaves no staging or backup behind', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kaiping-swap-'))
    const dist = path.join(base, 'dist')
    site(dist, 'old')
    site(`${dist}.next-build`, 'new')
    swapIn(`${dist}.next-build`, dist)
    expect(page(dist)).toBe('new')
    expect(existsSync(`${dist}.next-build`)).toBe(false)
    expect(existsSync(`${dist}.old`)).toBe(false)
  })

  it('puts the previous site back when the new one cannot be moved in', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kaiping-swap-'))
    const dist = path.join(base, 'dist')
    site(dist, 'old')
    // the staging folder vanished (a second build cleaned it up): the rename fails
    expect(() => swapIn(path.join(base, 'gone'), dist)).toThrow(/ENOENT/)
    expect(page(dist)).toBe('old')
    expect(existsSync(`${dist}.old`)).toBe(false)
  })

  it('works for the very first build, when there is no previous site', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kaiping-swap-'))
    const dist = path.join(base, 'dist')
    site(`${dist}.next-build`, 'first')
    swapIn(`${dist}.next-build`, dist)
    expect(page(dist)).toBe('first')
  })
})
