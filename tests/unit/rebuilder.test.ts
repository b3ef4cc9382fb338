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
