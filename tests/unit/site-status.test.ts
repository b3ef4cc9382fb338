/**
 * The dashboard's "public site updates" panel: what staff read after the rebuilder recorded a
 * good rebuild, a failed one, or nothing (cms/siteStatus.ts, scripts/lib/rebuilder.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { readRebuildStatus, writeRebuildStatus, type RebuildStatus } from '../../cms/siteStatus'
import { kaipingTime, statusPanel } from '../../cms/siteStatusText'
import { createRebuilder } from '../../scripts/lib/rebuilder'

const dir = mkdtempSync(path.join(tmpdir(), 'kaiping-status-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The statuses the real rebuild queue records, with `build` doing what it is told. */
async function recorded(outcome: 'partial' | 'fail'): Promise<RebuildStatus> {
  const statuses: RebuildStatus[] = []
  const r = createRebuilder(
    0,
    () => {},
    0,
    async () => {
      if (outcome === 'fail')
        throw new Error('[site] astro build failed: Unexpected token in x.json')
      return { kind: 'partial', detail: '3 records', records: 3 }
    },
    (s) => statuses.push(s),
  )
  r.request('programmes/dibao')
  await new Promise((resolve) => setTimeout(resolve, 20))
  await r.idle()
  return statuses[0]
}

describe('site status panel', () => {
  it('a good partial rebuild: when (Kaiping time), what was rebuilt, how long', async () => {
    const status = await recorded('partial')
    const zh = statusPanel(status, 'zh')
    expect(zh.tone).toBe('ok')
    expect(zh.headline).toBe(`网站最近一次更新：${kaipingTime(status.at)}（北京时间）`)
    expect(zh.details.join(' ')).toMatch(
      /^部分重建（3 条记录的页面及所有列表页），用时 [\d.]+ 秒。$/,
    )
    expect(zh.error).toBeUndefined()
    const en = statusPanel(status, 'en')
    expect(en.headline).toMatch(/^The site was last updated at \d{4}-\d\d-\d\d \d\d:\d\d/)
    expect(en.details[0]).toMatch(
      /^Partial rebuild \(the pages of 3 record\(s\) and every list page\)/,
    )
  })

  it('the time is Kaiping’s, whatever the server’s zone', () => {
    expect(kaipingTime('2026-12-01T06:05:00.000Z')).toBe('2026-12-01 14:05')
  })

  it('a full rebuild and a start with nothing to do say so', () => {
    const at = '2026-12-01T06:05:00.000Z'
    const full = statusPanel({ ok: true, at, kind: 'full', seconds: 41.2, message: 'x' }, 'zh')
    expect(full.details).toEqual(['完整重建，用时 41.2 秒。'])
    const start = statusPanel(
      { ok: true, at, kind: 'none', seconds: 0.3, message: 'x', trigger: 'start' },
      'en',
    )
    expect(start.headline).toBe(
      'Last checked at 2026-12-01 14:05 (Beijing time): the site is up to date',
    )
    expect(start.details).toEqual([
      'Checked when npm start started: the site matches the published content.',
    ])
  })

  it('a failed rebuild: the public still sees the previous site, the error, the next one is full', async () => {
    const status = await recorded('fail')
    expect(status).toMatchObject({ ok: false, trigger: 'publish' })
    const zh = statusPanel(status, 'zh')
    expect(zh.tone).toBe('failed')
    expect(zh.headline).toBe('发布未能更新网站，公众仍看到上一版网站')
    expect(zh.details[0]).toContain(`最近一次重建于 ${kaipingTime(status.at)}（北京时间）失败`)
    expect(zh.details[1]).toMatch(/^下一次发布（或重新启动 npm start）会完整重建整个网站/)
    expect(zh.error).toBe('[site] astro build failed: Unexpected token in x.json')
    const en = statusPanel(status, 'en')
    expect(en.headline).toMatch(/^A publish did not update the site: the public still sees/)
    expect(en.details[1]).toMatch(/^The next publish .* rebuilds the whole site/)
  })

  it('a long build log keeps its end, where the error is', () => {
    const message = `${'x'.repeat(5000)}THE ERROR`
    const panel = statusPanel(
      { ok: false, at: new Date().toISOString(), kind: 'full', seconds: 1, message },
      'zh',
    )
    expect(panel.error!.length).toBeLessThan(1600)
    expect(panel.error!.endsWith('THE ERROR')).toBe(true)
  })

  it('no status (no rebuild recorded, or a production deploy hook): says so plainly', () => {
    const file = path.join(dir, 'missing.json')
    expect(readRebuildStatus(file)).toBeUndefined()
    const zh = statusPanel(readRebuildStatus(file), 'zh')
    expect(zh.tone).toBe('none')
    expect(zh.headline).toBe('尚无网站重建记录')
    expect(zh.details[0]).toContain('部署钩子（SITE_REBUILD_URL）')
    expect(statusPanel(undefined, 'en').headline).toBe('No site rebuild recorded')
  })

  it('the file round-trips; a damaged file reads as no status instead of breaking the dashboard', () => {
    const file = path.join(dir, 'status.json')
    const status: RebuildStatus = {
      ok: true,
      at: '2026-12-01T06:05:00.000Z',
      kind: 'partial',
      seconds: 4.2,
      message: '1 records',
      records: 1,
      trigger: 'publish',
    }
    writeRebuildStatus(status, file)
    expect(readRebuildStatus(file)).toEqual(status)
    writeFileSync(file, '{"ok": tru')
    expect(readRebuildStatus(file)).toBeUndefined()
    writeFileSync(file, '{"ok": "yes"}')
    expect(readRebuildStatus(file)).toBeUndefined()
  })

  it('GET /api/site-status: staff read the status (null when none), the public gets 404', async () => {
    vi.stubEnv('SITE_DATA_DIR', path.join(dir, 'site-data'))
    vi.resetModules()
    const { siteStatusEndpoint } = await import('../../cms/endpoints/siteStatus')
    const { STATUS_FILE, writeRebuildStatus: write } = await import('../../cms/siteStatus')
    expect(STATUS_FILE).toBe(path.join(dir, 'site-data.rebuild-status.json'))
    const ask = async (user: unknown) => {
      const res = await siteStatusEndpoint.handler({ user } as never)
      return { status: res.status, body: await res.json() }
    }
    expect(await ask({ role: 'editor' })).toEqual({ status: 200, body: null })
    const status: RebuildStatus = {
      ok: false,
      at: '2026-12-01T06:05:00.000Z',
      kind: 'full',
      seconds: 3,
      message: 'boom',
      startedAt: '2026-12-01T06:04:57.000Z',
    }
    write(status)
    expect(await ask({ role: 'publisher' })).toEqual({ status: 200, body: status })
    expect((await ask(null)).status).toBe(404)
    vi.unstubAllEnvs()
  })
})
