/**
 * After a publish the index is rebuilt into a hard-linked copy of the served one, reusing the
 * last build's work (search/static/memo.ts): only changed files are written, the served files
 * never change under their readers, and the result is exactly what a build from scratch writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { toRecords } from '../../../search/records'
import { buildStaticIndex } from '../../../search/static/build'
import { Memo } from '../../../search/static/memo'
import { linkTree } from '../../../scripts/lib/link-tree'
import { fixture } from './fixture'

const work = mkdtempSync(path.join(tmpdir(), 'search-incremental-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Every index file's text (the build ids differ from build to build by design). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, f)
    if (statSync(file).isFile() && !f.endsWith('build-id')) out[f] = readFileSync(file, 'utf8')
  }
  return out
}

const changed = () => {
  const data = fixture()
  data.programmes[0] = {
    ...data.programmes[0],
    summary: { 'zh-CN': '新的摘要：为特困人员提供基本生活保障和照料服务。' },
  }
  return data
}

function build(data: ReturnType<typeof fixture>, dir: string, memo: Memo) {
  const logs: string[] = []
  buildStaticIndex(toRecords(data, undefined, memo), dir, (l) => logs.push(l), memo)
  memo.save()
  return logs.map((l) => Number(/\((\d+) written anew\)/.exec(l)?.[1])).reduce((a, b) => a + b)
}

describe('rebuilding the index after a publish', () => {
  const memoFile = path.join(work, 'site-data.search-memo')
  const served = path.join(work, 'served')
  const next = path.join(work, 'next')

  it('writes only the changed files, never through a link to the served index', () => {
    const all = build(fixture(), served, Memo.at(memoFile))
    const before = snapshot(served)
    linkTree(served, next)
    const written = build(changed(), next, Memo.reopen(memoFile))
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(all / 2)
    // the served index is exactly as it was
    expect(snapshot(served)).toEqual(before)
    // and the new one is what a build from scratch writes
    const scratch = path.join(work, 'scratch')
    build(changed(), scratch, Memo.at())
    expect(snapshot(next)).toEqual(snapshot(scratch))
    expect(JSON.stringify(snapshot(next))).toContain('新的摘要')
  })

  it('writes a folder it does not know from scratch, leaving no stale file', () => {
    const other = path.join(work, 'other')
    linkTree(served, other)
    writeFileSync(path.join(other, 'search', 'zh-CN', 'build-id'), 'not a known build')
    writeFileSync(path.join(other, 'search', 'zh-CN', 'd', '999.json'), '{}')
    const all = build(changed(), other, Memo.reopen(memoFile))
    expect(snapshot(other)).toEqual(snapshot(next))
    // every file of that locale was written again
    expect(all).toBeGreaterThanOrEqual(
      (readdirSync(path.join(other, 'search', 'zh-CN'), { recursive: true }) as string[]).filter(
        (f) => f.endsWith('.json'),
      ).length,
    )
  })

  it('an unreadable memo file is only a slower build', () => {
    writeFileSync(memoFile, 'not a memo')
    const again = path.join(work, 'again')
    linkTree(next, again)
    build(changed(), again, Memo.reopen(memoFile))
    expect(snapshot(again)).toEqual(snapshot(next))
  })
})
