import { describe, expect, it } from 'vitest'
import { requireSecret } from '../../cms/secret'
import { allowedOrigins, authCookies, csrfOrigins } from '../../cms/security/origins'
import { passwordProblem } from '../../cms/security/passwords'
import { forLog } from '../../cms/security/client'

describe('production secret', () => {
  it('refuses to start without PAYLOAD_SECRET or with a short one', () => {
    expect(() => requireSecret({ NODE_ENV: 'production' })).toThrow(/at least 32/)
    expect(() => requireSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'start-test' })).toThrow()
    const long = 'f'.repeat(16) + '0123456789abcdef'
    expect(requireSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: long })).toBe(long)
  })
})

describe('origins and cookies', () => {
  it('allows the admin URL and the listed origins, never the public site by default', () => {
    const env = {
      PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.kaiping.example/admin',
      PAYLOAD_ALLOWED_ORIGINS: 'https://preview.kaiping.example, https://cms.kaiping.example',
    }
    expect(allowedOrigins(env)).toEqual([
      'https://cms.kaiping.example',
      'https://preview.kaiping.example',
    ])
  })

  it('fails closed in production when no URL is configured', () => {
    expect(csrfOrigins({ NODE_ENV: 'production' })).toHaveLength(1)
    expect(csrfOrigins({ NODE_ENV: 'production' })[0]).toMatch(/\.invalid$/)
    expect(csrfOrigins({})).toEqual([])
  })

  it('Secure, SameSite=Strict cookies in production; not Secure on local http', () => {
    expect(
      authCookies({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.x.cn' }),
    ).toEqual({ secure: true, sameSite: 'Strict' })
    expect(authCookies({ NODE_ENV: 'production' }).secure).toBe(true)
    expect(
      authCookies({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'http://127.0.0.1:3000' })
        .secure,
    ).toBe(false)
    expect(
      authCookies({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'http://cms.x.cn' }).secure,
    ).toBe(true)
  })
})

describe('staff passwords', () => {
  it.each([
    ['short1', /至少 12/],
    ['Password2024!', /太容易/],
    ['1111111111111111', /太容易/],
    ['wang.xiaoming-99', /太容易/],
  ])('refuses %s', (pw, msg) => {
    expect(passwordProblem(pw, 'wang.xiaoming@kaiping.gov.cn')).toMatch(msg)
  })
  it('accepts a pass phrase, in the editor’s language', () => {
    expect(passwordProblem('侨乡 碉楼 春雨 2026')).toBeUndefined()
    expect(passwordProblem('short', undefined, 'en')).toMatch(/at least 12/)
  })
})

describe('log lines', () => {
  it('strip control characters so a request cannot forge log lines', () => {
    expect(forLog('ok\n[rebuild] site rebuilt\r\u001b[31m')).toBe('ok?[rebuild] site rebuilt??[31m')
  })
})
