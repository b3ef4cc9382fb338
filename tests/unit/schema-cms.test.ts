/**
 * content/ schema and CMS collections must agree, or the seed fails on a real record (this
 * caught `expired` and an optional indicator attribute once): the same field names at every
 * level, the same choices in every select, localized where the content is per-locale, and
 * nothing required in the CMS that content may leave out.
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CharityProjects } from '../../cms/collections/CharityProjects'
import { Facilities } from '../../cms/collections/Facilities'
import { Indicators } from '../../cms/collections/Indicators'
import { PlaceStories } from '../../cms/collections/PlaceStories'
import { Policies } from '../../cms/collections/Policies'
import { Programmes } from '../../cms/collections/Programmes'
import { Towns } from '../../cms/collections/Towns'
import { SiteSettings } from '../../cms/globals/SiteSettings'
import { SCHEMAS, site } from '../../content/schema/records'

/** Fields the CMS has and content/ does not, and why. Anything else only in the CMS is drift. */
const CMS_ONLY: Record<string, string[]> = {
  '*': ['contentHash', 'reviewedOn'], // the seed's change detector; staff's last review (freshness)
  'site-settings': ['reviewIntervalMonths'], // the freshness dashboard's period, set by staff
  policies: ['attachments'], // uploads
  facilities: ['photos', 'medicalIntegration.enabled'], // uploads; content says it by the group
  'charity-projects': ['images'],
  'place-stories': ['images'],
}
/** Fields content/ has and the CMS does not. */
const CONTENT_ONLY: Record<string, string[]> = {
  // one object in content/, flat fields in a collapsible in the CMS (cms/fields/withdrawal.ts),
  // mapped by the seed (cms/seed/toPayload.ts) and checked by tests/int/withdrawal.test.ts
  policies: ['withdrawal'],
  programmes: ['withdrawal'],
}

type Named = Field & { name: string }
const named = (fields: Field[]) =>
  new Map(fields.filter((f): f is Named => 'name' in f).map((f) => [f.name, f]))

function unwrap(s: z.ZodType): z.ZodType {
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault)
    s = (s as z.ZodOptional).unwrap() as z.ZodType
  return s
}
const isLocalizedText = (s: z.ZodType) =>
  s instanceof z.ZodObject && Object.keys(s.shape).sort().join() === 'en,zh-CN,zh-Hant'

/** Every disagreement between a zod object and the CMS fields standing for it. */
function compare(type: string, prefix: string, schema: z.ZodObject, fields: Field[]): string[] {
  const problems: string[] = []
  const cms = named(fields)
  const allowed = (name: string) =>
    [...CMS_ONLY['*'], ...(CMS_ONLY[type] ?? [])].includes(`${prefix}${name}`)
  for (const name of cms.keys())
    if (!(name in schema.shape) && !allowed(name))
      problems.push(`${prefix}${name}: only in the CMS`)
  for (const [name, def] of Object.entries(schema.shape)) {
    const path = `${prefix}${name}`
    const f = cms.get(name)
    if (!f) {
      if (!(CONTENT_ONLY[type] ?? []).includes(path)) problems.push(`${path}: missing in the CMS`)
      continue
    }
    const optional = (def as z.ZodType).safeParse(undefined).success
    if (optional && 'required' in f && f.required)
      problems.push(`${path}: optional in content/ but required in the CMS`)
    const s = unwrap(def as z.ZodType)
    if (s instanceof z.ZodEnum) {
      if (f.type === 'select') {
        const cmsValues = f.options.map((o) => (typeof o === 'string' ? o : o.value))
        if (cmsValues.join() !== s.options.join())
          problems.push(`${path}: CMS offers [${cmsValues}], content/ [${s.options}]`)
        if (f.options.some((o) => typeof o === 'string' || typeof o.label !== 'object'))
          problems.push(`${path}: a choice has no Chinese/English label`)
      } else if (f.type !== 'relationship' && !(path === 'slug' && f.type === 'text'))
        problems.push(`${path}: enum in content/, ${f.type} in the CMS`)
    } else if (isLocalizedText(s)) {
      if (!('localized' in f && f.localized))
        problems.push(`${path}: per-locale in content/, not localized in the CMS`)
    } else if (s instanceof z.ZodObject) {
      if (f.type !== 'group') problems.push(`${path}: an object in content/, ${f.type} in the CMS`)
      else problems.push(...compare(type, `${path}.`, s, f.fields))
    } else if (s instanceof z.ZodArray) {
      const el = unwrap(s.element as z.ZodType)
      if (f.type === 'array' && el instanceof z.ZodObject && !isLocalizedText(el))
        problems.push(...compare(type, `${path}[].`, el, f.fields))
      else if (f.type === 'array') {
        // a list of lines: one `text` per row, localized when the lines are
        if (!named(f.fields).has('text')) problems.push(`${path}: rows have no text field`)
        if (isLocalizedText(el) !== Boolean(f.localized))
          problems.push(`${path}: localized in one and not the other`)
      } else if (!((f.type === 'relationship' && f.hasMany) || f.type === 'join'))
        problems.push(`${path}: a list in content/, ${f.type} in the CMS`)
    }
  }
  return problems
}

describe('content schema ↔ CMS collections', () => {
  const pairs: [string, z.ZodObject, Field[]][] = [
    ['towns', SCHEMAS.towns, Towns.fields],
    ['policies', SCHEMAS.policies, Policies.fields],
    ['programmes', SCHEMAS.programmes, Programmes.fields],
    ['facilities', SCHEMAS.facilities, Facilities.fields],
    ['charity-projects', SCHEMAS['charity-projects'], CharityProjects.fields],
    ['place-stories', SCHEMAS['place-stories'], PlaceStories.fields],
    ['indicators', SCHEMAS.indicators, Indicators.fields],
    ['site-settings', site, SiteSettings.fields],
  ]
  it('covers every content type', () => {
    expect(
      pairs
        .map(([n]) => n)
        .filter((n) => n !== 'site-settings')
        .sort(),
    ).toEqual(Object.keys(SCHEMAS).sort())
  })
  for (const [name, schema, fields] of pairs) {
    it(`${name}: the same fields and choices, localized alike, nothing extra required`, () => {
      expect(compare(name, '', schema, fields)).toEqual([])
    })
  }

  it('notices drift: a renamed field, a dropped choice, a field required only in the CMS', () => {
    const drifted = Programmes.fields.map((f) =>
      'name' in f && f.name === 'where'
        ? { ...f, name: 'whereToApply' }
        : 'name' in f && f.name === 'category' && f.type === 'select'
          ? { ...f, options: f.options.slice(1) }
          : 'name' in f && f.name === 'online'
            ? ({ ...f, required: true } as Field)
            : f,
    )
    const problems = compare('programmes', '', SCHEMAS.programmes, drifted)
    expect(problems).toEqual(
      expect.arrayContaining([
        'whereToApply: only in the CMS',
        'where: missing in the CMS',
        expect.stringMatching(/^category: CMS offers/),
        'online: optional in content/ but required in the CMS',
      ]),
    )
  })
})
