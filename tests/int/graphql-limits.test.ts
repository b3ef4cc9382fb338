/**
 * GraphQL cost: the probe's query of ~330 aliased list fields is refused before it runs, as
 * are deep queries; ordinary queries work; per-client rate limit; in production no
 * introspection and no "Did you mean" hints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
let graphql: (query: string, client?: string, env?: Record<string, string>) => Promise<Response>

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { protectGraphQL } = await import('../../cms/security/apiRoutes')
  graphql = (query, client = '203.0.113.1', env = {}) =>
    protectGraphQL(GRAPHQL_POST(cms.config), env)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query }),
      }),
      undefined,
    )
})
afterAll(async () => cms?.close())

type Body = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

describe('GraphQL limits', () => {
  it('answers an ordinary query', async () => {
    const res = await graphql('{ Programmes { docs { slug name } } }')
    const body = (await res.json()) as Body
    expect(body.errors).toBeUndefined()
    expect(JSON.stringify(body.data)).toContain('dibao')
  })

  it('refuses ~330 aliased list fields at once, without running them', async () => {
    const fields = Array.from(
      { length: 330 },
      (_, i) => `a${i}: Policies(limit: 100) { docs { slug } }`,
    ).join(' ')
    const t0 = Date.now()
    const body = (await (await graphql(`{ ${fields} }`, '203.0.113.2')).json()) as Body
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0].message).toMatch(/Query too large: .*aliases 330 > 10/)
    // validation only: far from the probe's 19 s
    expect(Date.now() - t0).toBeLessThan(5000)
  })

  it('refuses deep nesting', async () => {
    let q = 'slug'
    for (let i = 0; i < 10; i++) q = `relatedPolicies { docs { ${q} } }`
    const body = (await (
      await graphql(`{ Programmes { docs { ${q} } } }`, '203.0.113.3')
    ).json()) as Body
    expect(JSON.stringify(body.errors)).toMatch(/Query too large: depth 2\d > 8/)
    expect(body.data ?? null).toBeNull()
  })

  it('rate-limits one client to 30 queries a minute', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 35 }, () =>
        graphql('{ Towns { totalDocs } }', '203.0.113.4').then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
    expect((await graphql('{ Towns { totalDocs } }', '203.0.113.5')).status).toBe(200)
  })

  it('in production: no "Did you mean" hints, no introspection', async () => {
    const typo = await graphql('{ Programmes { docs { slgu } } }', '203.0.113.6', {
      NODE_ENV: 'production',
    })
    const text = await typo.text()
    expect(text).toContain('Cannot query field')
    expect(text).not.toMatch(/Did you mean/)
    const dev = await (await graphql('{ Programmes { docs { slgu } } }', '203.0.113.6')).text()
    expect(dev).toMatch(/Did you mean/)

    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      const res = await graphql('{ __schema { types { name } } }', '203.0.113.7')
      const body = (await res.json()) as Body
      expect(body.data ?? null).toBeNull()
      expect(JSON.stringify(body.errors)).toMatch(/introspection/i)
    } finally {
      env.NODE_ENV = before
    }
  })
})
