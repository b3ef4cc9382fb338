import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { maskSuggestions, queryShapeRule } from '../../cms/security/graphqlLimits'

const schema = buildSchema(`
  type Policy { slug: String, related: [Policy] }
  type Query { Policies: [Policy] }
`)
const errors = (q: string) =>
  validate(schema, parse(q), [...specifiedRules, queryShapeRule]).map((e) => e.message)

describe('GraphQL query shape', () => {
  it('lets a small query through', () => {
    expect(errors('{ Policies { slug related { slug } } }')).toEqual([])
  })

  it('counts depth through fragments', () => {
    const deep = `fragment F on Policy { related { related { related { related { slug } } } } }
      { Policies { related { related { related { ...F } } } } }`
    expect(errors(deep).join()).toMatch(/depth 9 > 8/)
  })

  it('counts aliases and root fields', () => {
    const many = Array.from({ length: 11 }, (_, i) => `p${i}: Policies { slug }`).join(' ')
    expect(errors(`{ ${many} }`).join()).toMatch(/aliases 11 > 10, rootFields 11 > 10/)
  })

  it('masks "Did you mean" suggestions', () => {
    const [message] = errors('{ Policies { slgu } }')
    expect(message).toMatch(/Did you mean/)
    expect(maskSuggestions(message)).toBe('Cannot query field "slgu" on type "Policy".')
  })
})
