import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const node = path.join(root, 'node_modules/.bin/node')
const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-cli-'))
/** The CLI reads the published CMS records; here from its own embedded database, seeded on first use. */
const env = { ...process.env, DATA_DIR: path.join(dir, 'data'), PAYLOAD_SECRET: 'cli-test' }
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const f = path.join(dir, name)
  writeFileSync(f, text)
  return f
}

const cacheCopy = path.join(dir, 'data', 'cache', 'published-programmes.json')

function cli(...args: string[]) {
  return cliWithInput(undefined, ...args)
}

function cliWithInput(input: string | undefined, ...args: string[]) {
  const r = spawnSync(node, ['--import', 'tsx', 'scripts/eligibility.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    // seeding the embedded database takes minutes on a loaded machine; this only stops a hang
    timeout: 240_000,
    env,
    input,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('eligibility CLI: bad input → exit 2, message on stderr, nothing on stdout', () => {
  it('reports an unreadable file', () => {
    const r = cli(path.join(dir, 'missing.json'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read .*missing\.json/)
    expect(r.stdout).toBe('')
  })
  it('reports invalid JSON', () => {
    const r = cli(file('bad.json', '{ "residence": '))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('is not valid JSON')
  })
  it('names a field of the wrong type', () => {
    const r = cli(
      file('wrong.json', JSON.stringify({ members: [{ age: 'old' }], monthlyIncome: 100 })),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('household.members.0.age')
    expect(r.stdout).toBe('')
  })
  it('rejects a malformed --date and a missing file argument', () => {
    expect(cli(file('ok.json', '{}'), '--date', '2020-13-01').code).toBe(2)
    expect(cli().code).toBe(2)
  })
}, 600_000)

// content/ must load: a broken record fails these tests instead of skipping them
describe('eligibility CLI on the real records', () => {
  const household = file(
    'elder.json',
    JSON.stringify({
      date: '2020-12-01',
      residence: 'kaiping-hukou',
      members: [
        { age: 75, canWork: false, seriousIllness: false, inSchool: false, disability: null },
      ],
      monthlyIncome: 0,
      assetsWithinLimit: true,
      hasAbleSupporter: false,
      childCircumstance: null,
      emergency: null,
      bereavement: false,
      stranded: false,
    }),
  )
  it('seeds the empty database, then prints only the JSON result, dated from the household', () => {
    const r = cli(household)
    expect(r.code).toBe(0)
    expect(r.stderr).not.toMatch(/error|failed/i)
    const out = JSON.parse(r.stdout) // the whole of stdout is one JSON document
    expect(out.date).toBe('2020-12-01')
    expect(out.results).toHaveLength(13)
    expect(out.results.find((x: { programme: string }) => x.programme === 'tekun')).toMatchObject({
      status: 'likely',
      monthlyEstimate: 1440,
    })
    // each result cites its legal basis, title and 文号 from the published policy records
    const tekun = out.results.find((x: { programme: string }) => x.programme === 'tekun')
    expect(tekun.basis).toContainEqual(
      expect.objectContaining({ policy: 'zhongbanfa-2020-18', docNumber: '中办发〔2020〕18号' }),
    )
    expect(tekun.basis).toContainEqual(
      expect.objectContaining({
        title: expect.objectContaining({ 'zh-CN': expect.stringContaining('十四五') }),
        location: '第一章 一、综合社会救助水平逐步提升',
      }),
    )
  })
  it('keeps a copy of the published programmes and answers from it while the database is unchanged', () => {
    const written = statSync(cacheCopy).mtimeMs
    // a copy that says otherwise shows the second run did not read the database
    const copy = JSON.parse(readFileSync(cacheCopy, 'utf8'))
    const tekun = copy.programmes.find((p: { slug: string }) => p.slug === 'tekun')
    for (const a of tekun.amounts) a.value = a.value + 1
    writeFileSync(cacheCopy, JSON.stringify(copy))
    const out = JSON.parse(cli(household).stdout)
    expect(
      out.results.find((x: { programme: string }) => x.programme === 'tekun').monthlyEstimate,
    ).not.toBe(1440)
    // --refresh reads the CMS again and rewrites the copy
    const fresh = JSON.parse(cli(household, '--refresh').stdout)
    expect(fresh.results.find((x: { programme: string }) => x.programme === 'tekun')).toMatchObject(
      { monthlyEstimate: 1440 },
    )
    expect(statSync(cacheCopy).mtimeMs).toBeGreaterThan(written)
  })
  it('checks a batch: one JSON line per household, in order; a bad line is reported and the rest go on', () => {
    const lines = [
      readFileSync(household, 'utf8'),
      '',
      '{ "members": [{ "age": "old" }] }',
      JSON.stringify({ date: '2019-06-01', members: [{ age: 85 }] }),
    ]
    const r = cliWithInput(lines.join('\n'), '--batch', '-', '--locale', 'zh-CN')
    expect(r.code).toBe(2)
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(out.map((o) => o.line)).toEqual([1, 3, 4])
    expect(out[0]).toMatchObject({ date: '2020-12-01' })
    expect(out[0].results).toHaveLength(13)
    expect(out[1].error).toContain('household.members.0.age')
    expect(out[2].date).toBe('2019-06-01')
    expect(r.stderr).toContain('line 3')
  })
  it('lets --date override and --locale flatten the text', () => {
    const out = JSON.parse(cli(household, '--date', '2019-06-01', '--locale', 'en').stdout)
    expect(out.date).toBe('2019-06-01')
    const dibao = out.results.find((x: { programme: string }) => x.programme === 'dibao')
    expect(dibao.status).toBe('possible')
    expect(typeof dibao.conditions[0].reason).toBe('string')
  })
}, 600_000)
