import { describe, expect, it, vi } from 'vitest'

vi.mock('../../scripts/lib/steps', () => ({
  exportData: vi.fn(async () => {}),
  buildSite: vi.fn(async () => {}),
  newestMtime: () => 0,
  SITE_DATA: '/nonexistent/site-data',
  SITE_DIST: '/nonexistent/dist',
}))
const { createRebuilder } = await import('../../scripts/lib/rebuilder')
const steps = await import('../../scripts/lib/steps')

describe('site rebuild queue', () => {
  it('a failed build is logged and the queue keeps working', async () => {
    vi.mocked(steps.exportData).mockClear()
    vi.mocked(steps.exportData).mockRejectedValueOnce(new Error('CMS unreachable'))
    const lines: string[] = []
    vi.useFakeTimers()
    try {
      const r = createRebuilder(10, (l) => lines.push(l), 100)
      r.request('first')
      await vi.advanceTimersByTimeAsync(20)
      await r.idle()
      expect(lines.join('\n')).toMatch(/failed, the previous site stays online: CMS unreachable/)
      r.request('second')
      await vi.advanceTimersByTimeAsync(20)
      await r.idle()
      expect(vi.mocked(steps.exportData)).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('makes one build for a burst of publishes, and never waits past the maximum', async () => {
    vi.mocked(steps.exportData).mockClear()
    vi.useFakeTimers()
    try {
      const r = createRebuilder(3000, () => {}, 10_000)
      for (let i = 0; i < 6; i++) {
        r.request(`doc ${i}`)
        await vi.advanceTimersByTimeAsync(2000) // each publish comes before the debounce runs out
      }
      // 12 s of steady publishing: the 10 s maximum has forced exactly one build already
      expect(vi.mocked(steps.exportData)).toHaveBeenCalledTimes(1)
      await vi.advanceTimersByTimeAsync(5000)
      await r.idle()
      expect(vi.mocked(steps.exportData)).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('rebuild queue: bursts and failures', () => {
  type Call = { reasons: string[]; full: boolean }
  const setup = (outcomes: ('ok' | 'fail')[]) => {
    const calls: Call[] = []
    const statuses: { ok: boolean; message: string }[] = []
    let release: () => void = () => {}
    const build = async (reasons: string[], full: boolean) => {
      calls.push({ reasons, full })
      await new Promise<void>((r) => (release = r))
      if (outcomes[calls.length - 1] === 'fail') throw new Error('astro build failed')
      return { kind: full ? ('full' as const) : ('partial' as const), detail: reasons.join(',') }
    }
    const r = createRebuilder(
      1000,
      () => {},
      10_000,
      build,
      (s) => statuses.push(s),
    )
    return { r, calls, statuses, finish: () => release() }
  }

  it('publishes during a build are built right after it, so the burst ends with a site built after its last publish', async () => {
    vi.useFakeTimers()
    const { r, calls, finish } = setup(['ok', 'ok'])
    r.request('programmes/dibao')
    r.request('policies/plan')
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toEqual([{ reasons: ['programmes/dibao', 'policies/plan'], full: false }])
    r.request('programmes/tekun') // while the first build runs
    await vi.advanceTimersByTimeAsync(1000)
    finish()
    await vi.advanceTimersByTimeAsync(10)
    expect(calls[1]).toEqual({ reasons: ['programmes/tekun'], full: false })
    finish()
    await r.idle()
    expect(calls).toHaveLength(2)
    vi.useRealTimers()
  })

  it('a failed build says so in the status, and the next build is a full one', async () => {
    vi.useFakeTimers()
    const { r, calls, statuses, finish } = setup(['fail', 'ok'])
    r.request('programmes/dibao')
    await vi.advanceTimersByTimeAsync(1000)
    finish()
    await r.idle()
    expect(statuses.at(-1)).toMatchObject({
      ok: false,
      kind: 'partial',
      message: 'astro build failed',
      trigger: 'publish',
    })
    r.request('programmes/tekun')
    await vi.advanceTimersByTimeAsync(1000)
    finish()
    await r.idle()
    expect(calls[1]).toEqual({ reasons: ['programmes/tekun'], full: true })
    expect(statuses.at(-1)).toMatchObject({ ok: true, kind: 'full' })
    vi.useRealTimers()
  })
})
