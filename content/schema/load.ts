/**
 * Reads and validates everything in content/. Every problem is reported with the file, the
 * field and the reason; nothing is returned unless every record is valid.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { z } from 'zod'
import { CONTENT_TYPES, SCHEMAS, site as siteSchema, type ContentType } from './records'

export const CONTENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export { CONTENT_TYPES } from './records'

export type ContentProblem = { file: string; field: string; reason: string }
export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(
      `content/ has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.field || '(record)'}: ${p.reason}`).join('\n'),
    )
  }
}

type Parsed<T extends ContentType> = z.infer<(typeof SCHEMAS)[T]>
export type ContentRecord<T extends ContentType = ContentType> = { file: string; data: Parsed<T> }
export type Content = { [T in ContentType]: ContentRecord<T>[] } & {
  site: z.infer<typeof siteSchema>
  dir: string
}

function readYaml(file: string, problems: ContentProblem[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch (err) {
    problems.push({
      file,
      field: '',
      reason: `not valid YAML: ${(err as Error).message.split('\n')[0]}`,
    })
    return undefined
  }
}

function check<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  problems: ContentProblem[],
) {
  const result = schema.safeParse(raw)
  if (result.success) return result.data as z.infer<S>
  for (const issue of result.error.issues) {
    problems.push({ file, field: issue.path.join('.'), reason: issue.message })
  }
  return undefined
}

/** Load content/ (or another folder with the same layout, for tests). Throws ContentError. */
export function loadContent(dir = CONTENT_DIR): Content {
  const problems: ContentProblem[] = []
  const rel = (f: string) => path.relative(process.cwd(), f)
  const out: Record<string, unknown> = {}
  for (const type of CONTENT_TYPES) {
    const folder = path.join(dir, type)
    const files = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
      : []
    const records: ContentRecord[] = []
    const seen = new Map<string, string>()
    for (const name of files) {
      const file = rel(path.join(folder, name))
      const raw = readYaml(path.join(folder, name), problems)
      if (raw === undefined) continue
      const data = check(SCHEMAS[type], raw, file, problems)
      if (!data) continue
      const other = seen.get(data.slug)
      if (other)
        problems.push({
          file,
          field: 'slug',
          reason: `duplicate slug "${data.slug}" (also in ${other})`,
        })
      seen.set(data.slug, file)
      if (name.replace(/\.ya?ml$/, '') !== data.slug) {
        problems.push({ file, field: 'slug', reason: `file name must be ${data.slug}.yaml` })
      }
      records.push({ file, data } as ContentRecord)
    }
    out[type] = records
  }
  const siteFile = path.join(dir, 'site.yaml')
  const siteRaw = existsSync(siteFile) ? readYaml(siteFile, problems) : undefined
  if (siteRaw === undefined && !existsSync(siteFile)) {
    problems.push({ file: rel(siteFile), field: '', reason: 'missing' })
  }
  out.site = siteRaw === undefined ? undefined : check(siteSchema, siteRaw, rel(siteFile), problems)
  out.dir = dir
  if (problems.length === 0) problems.push(...crossCheck(out as Content, dir))
  if (problems.length > 0) throw new ContentError(problems)
  return out as Content
}

/** References between records, and quotes that must appear verbatim in held source texts. */
export function crossCheck(content: Content, dir = CONTENT_DIR): ContentProblem[] {
  const problems: ContentProblem[] = []
  const slugs = (t: ContentType) => new Set(content[t].map((r) => r.data.slug))
  const policies = slugs('policies')
  const programmes = slugs('programmes')
  const sourceText = new Map<string, string>()
  for (const { data } of content.policies) {
    if (!data.sourceFile) continue
    const f = path.join(dir, 'sources', data.sourceFile)
    if (existsSync(f)) sourceText.set(data.slug, normalise(readFileSync(f, 'utf8')))
  }
  const visit = (file: string, field: string, value: unknown): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(file, `${field}.${i}`, v))
    if (!value || typeof value !== 'object') return
    const obj = value as Record<string, unknown>
    if (typeof obj.source === 'string' && typeof obj.location === 'string') {
      if (!policies.has(obj.source))
        problems.push({ file, field: `${field}.source`, reason: `no policy "${obj.source}"` })
      const text = sourceText.get(obj.source)
      if (text && typeof obj.quote === 'string' && !text.includes(normalise(obj.quote))) {
        problems.push({
          file,
          field: `${field}.quote`,
          reason: `quote not found in the source text: "${obj.quote}"`,
        })
      }
    }
    for (const [k, v] of Object.entries(obj)) visit(file, field ? `${field}.${k}` : k, v)
  }
  for (const type of CONTENT_TYPES) {
    for (const rec of content[type]) {
      visit(rec.file, '', rec.data)
      const d = rec.data as { relatedPolicies?: string[]; relatedProgrammes?: string[] }
      d.relatedPolicies?.forEach(
        (s, i) =>
          policies.has(s) ||
          problems.push({
            file: rec.file,
            field: `relatedPolicies.${i}`,
            reason: `no policy "${s}"`,
          }),
      )
      const replacedBy = (rec.data as { withdrawal?: { replacedBy?: string } }).withdrawal
        ?.replacedBy
      const sameType = type === 'policies' ? policies : type === 'programmes' ? programmes : null
      if (replacedBy && sameType && (!sameType.has(replacedBy) || replacedBy === rec.data.slug))
        problems.push({
          file: rec.file,
          field: 'withdrawal.replacedBy',
          reason: `no other ${type === 'policies' ? 'policy' : 'programme'} "${replacedBy}"`,
        })
      d.relatedProgrammes?.forEach(
        (s, i) =>
          programmes.has(s) ||
          problems.push({
            file: rec.file,
            field: `relatedProgrammes.${i}`,
            reason: `no programme "${s}"`,
          }),
      )
    }
  }
  return problems
}

/** Whitespace and full/half-width punctuation differences do not make a quote wrong. */
export function normalise(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[［[]/g, '〔')
    .replace(/[］\]]/g, '〕')
}
