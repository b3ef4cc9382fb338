/**
 * content/ schema and CMS collections must agree, or the seed fails on a real record
 * (this caught `expired` and an optional indicator attribute once).
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Facilities } from '../../cms/collections/Facilities'
import { Indicators } from '../../cms/collections/Indicators'
import { PlaceStories } from '../../cms/collections/PlaceStories'
import { Policies } from '../../cms/collections/Policies'
import { Programmes } from '../../cms/collections/Programmes'
import { Towns } from '../../cms/collections/Towns'
import { SCHEMAS } from '../../content/schema/records'

const selectValues = (fields: Field[], name: string): string[] => {
  const f = fields.find((x) => 'name' in x && x.name === name)
  if (!f || f.type !== 'select') throw new Error(`no select field ${name}`)
  return f.options.map((o) => (typeof o === 'string' ? o : o.value)).sort()
}
const enumValues = (schema: z.ZodObject, name: string): string[] => {
  let s = schema.shape[name] as z.ZodType
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault)
    s = (s as z.ZodOptional).unwrap() as z.ZodType
  return [...(s as z.ZodEnum).options].map(String).sort()
}
const required = (fields: Field[], name: string) => {
  const f = fields.find((x) => 'name' in x && x.name === name)
  return Boolean(f && 'required' in f && f.required)
}

describe('content schema ↔ CMS collections', () => {
  const pairs: [string, z.ZodObject, Field[], string[]][] = [
    ['policies', SCHEMAS.policies, Policies.fields, ['topic', 'validity']],
    ['programmes', SCHEMAS.programmes, Programmes.fields, ['category']],
    ['facilities', SCHEMAS.facilities, Facilities.fields, ['kind', 'ownership']],
    ['place-stories', SCHEMAS['place-stories'], PlaceStories.fields, ['certainty']],
    ['indicators', SCHEMAS.indicators, Indicators.fields, ['attribute']],
    ['towns', SCHEMAS.towns, Towns.fields, ['kind']],
  ]
  for (const [name, schema, fields, selects] of pairs) {
    it(`${name}: the same choices, and nothing required in the CMS that content may leave out`, () => {
      for (const s of selects) expect(selectValues(fields, s), s).toEqual(enumValues(schema, s))
      // every choice is labelled for the editor, in Chinese and English, not shown as a code
      for (const s of selects) {
        const f = fields.find((x) => 'name' in x && x.name === s)
        const untranslated =
          f?.type === 'select'
            ? f.options.filter((o) => typeof o === 'string' || typeof o.label !== 'object')
            : []
        expect(untranslated, s).toEqual([])
      }
      for (const [key, def] of Object.entries(schema.shape)) {
        if ((def as z.ZodType).safeParse(undefined).success)
          expect(required(fields, key), `${key} is optional in content/`).toBe(false)
      }
    })
  }
})
