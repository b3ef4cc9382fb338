/**
 * Persona cases: content/eligibility/cases/*.yaml, one `it` per case, named by its sentence.
 * They run against the real content/programmes records when there are any — mapped to CMS
 * documents by the seed's mapper and read back by fromCmsProgramme, as the site and the CLI read
 * them (loadProgrammesForRules) — otherwise against the fixture records.
 * ELIGIBILITY_CASES_SOURCE=fixtures|content forces one or the other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { loadProgrammesForRules } from '../../../scripts/lib/programmes-source'
import {
  evaluate,
  isIsoDate,
  PROGRAMME_IDS,
  type ProgrammeResult,
} from '../../../site/lib/eligibility/index'
import { FIXTURE_PROGRAMMES } from './fixtures/programmes'

const root = path.resolve(import.meta.dirname, '../../..')
const CASES_DIR = path.join(root, 'content/eligibility/cases')
const PROGRAMMES_DIR = path.join(root, 'content/programmes')
const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : []

const expectation = z.strictObject({
  status: z.enum(['likely', 'possible', 'unlikely']),
  /** A number, or null for "no estimate". Omit to leave the estimate unchecked. */
  monthlyEstimate: z.number().nullable().optional(),
  oneOffEstimate: z.number().nullable().optional(),
})
const caseSchema = z.strictObject({
  name: z.string().min(10),
  date: z.string().refine(isIsoDate, 'must be YYYY-MM-DD'),
  household: z.record(z.string(), z.unknown()),
  expect: z
    .partialRecord(z.enum(PROGRAMME_IDS), expectation)
    .refine((e) => Object.keys(e).length > 0, 'expect nothing?'),
})
type Case = z.infer<typeof caseSchema> & { file: string }

function loadCases(): Case[] {
  const cases = yamlFiles(CASES_DIR).map((file) => {
    const result = caseSchema.safeParse(parse(readFileSync(path.join(CASES_DIR, file), 'utf8')))
    if (!result.success) {
      throw new Error(
        `${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      )
    }
    return { ...result.data, file }
  })
  const names = cases.map((c) => c.name)
  const dup = names.find((n, i) => names.indexOf(n) !== i)
  if (dup) throw new Error(`two cases share the name "${dup}"`)
  if (cases.length < 30)
    throw new Error(`only ${cases.length} persona cases; at least 30 are expected`)
  return cases
}

const source =
  process.env.ELIGIBILITY_CASES_SOURCE ??
  (yamlFiles(PROGRAMMES_DIR).length > 0 ? 'content' : 'fixtures')
const programmes = source === 'content' ? loadProgrammesForRules() : FIXTURE_PROGRAMMES

function actual(r: ProgrammeResult, want: z.infer<typeof expectation>) {
  return {
    status: r.status,
    ...('monthlyEstimate' in want ? { monthlyEstimate: r.monthlyEstimate ?? null } : {}),
    ...('oneOffEstimate' in want ? { oneOffEstimate: r.oneOffEstimate ?? null } : {}),
  }
}

describe(`persona cases (programmes from ${source})`, () => {
  for (const c of loadCases()) {
    it(c.name, () => {
      const { results } = evaluate(c.household, { date: c.date, programmes })
      const got = Object.fromEntries(
        Object.entries(c.expect).map(([id, want]) => {
          const r = results.find((x) => x.programme === id)
          return [id, r ? actual(r, want) : 'missing']
        }),
      )
      expect(got, c.file).toEqual(c.expect)
    })
  }
})
