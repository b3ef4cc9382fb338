import { describe, expect, it } from 'vitest'
import nextConfig from '../../cms/next.config.mjs'

describe('admin response headers (Next)', () => {
  it('the admin and API cannot be framed, sniffed or leak URLs in the Referer', async () => {
    const rules = await nextConfig.headers!()
    const all = rules.find((r) => r.source === '/:path*')
    const h = Object.fromEntries((all?.headers ?? []).map((x) => [x.key.toLowerCase(), x.value]))
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(h['x-frame-options']).toBe('DENY')
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['referrer-policy']).toBe('same-origin')
  })
})
