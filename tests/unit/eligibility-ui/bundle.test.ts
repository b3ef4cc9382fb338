/**
 * The island ships to phones: the modules it imports must not pull in zod (about 90 kB) or
 * anything from node. Walks the static import graph from the island's entry.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const ENTRY = path.join(root, 'site/components/eligibility/Eligibility.tsx')

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const base = path.resolve(path.dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (f) => existsSync(f) && !f.endsWith(path.sep),
  )
}

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    if (!/\.tsx?$/.test(file)) return
    const source = readFileSync(file, 'utf8')
    // value imports only: `import type` is erased
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const target = resolve(file, m[1])
      if (target) visit(target)
      else packages.add(m[1])
    }
  }
  visit(entry)
  return { files, packages }
}

describe('the questionnaire island', () => {
  const { files, packages } = graph(ENTRY)
  it('imports the engine core but not the zod-validated entry points', () => {
    const rel = [...files].map((f) => path.relative(root, f))
    expect(rel).toContain('site/lib/eligibility/core.ts')
    expect(rel).not.toContain('site/lib/eligibility/household.ts')
    expect(rel).not.toContain('site/lib/eligibility/flow.ts')
    expect(rel).not.toContain('site/lib/data.ts')
  })
  it('uses no package but React', () => {
    expect([...packages].sort()).toEqual(['react'])
  })
})
