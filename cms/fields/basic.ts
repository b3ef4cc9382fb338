import type { Field, TextField, TextareaField } from 'payload'
import { hasRole } from '../access/roles'
import { label } from './label'

type Opts = { required?: boolean; description?: [zh: string, en: string] }

const desc = (d?: [string, string]) => (d ? { description: label(d[0], d[1]) } : {})

/**
 * "Required" for a localized field means required in 简体中文, the master text; a missing
 * 繁體 or English text falls back to it and shows the visitor a "not yet translated" note.
 */
const requiredInDefaultLocale = (value: unknown, { req }: { req: { locale?: string | null } }) =>
  (req.locale && req.locale !== 'zh-CN') ||
  Boolean(value) ||
  '简体中文必填 / Required in Simplified Chinese'

const requiredDesc = label(
  '简体中文必填；繁體和英文可稍后补充。',
  'Required in Simplified Chinese; 繁體 and English may follow.',
)

const localized = <T extends 'text' | 'textarea'>(
  type: T,
  name: string,
  zh: string,
  en: string,
  opts: Opts,
) => ({
  name,
  type,
  localized: true,
  label: label(zh, en),
  admin: opts.required ? { description: requiredDesc } : desc(opts.description),
  ...(opts.required ? { validate: requiredInDefaultLocale } : {}),
})

/** A field a visitor reads: localized into zh-CN, zh-Hant and en. */
export const localizedText = (name: string, zh: string, en: string, opts: Opts = {}): TextField =>
  localized('text', name, zh, en, opts)

export const localizedTextarea = (
  name: string,
  zh: string,
  en: string,
  opts: Opts = {},
): TextareaField => localized('textarea', name, zh, en, opts)

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = (name: string, zh: string, en: string, opts: Opts = {}): TextField => ({
  name,
  type: 'text',
  required: opts.required,
  label: label(zh, en),
  admin: {
    description: label('格式：YYYY、YYYY-MM 或 YYYY-MM-DD', 'Format: YYYY, YYYY-MM or YYYY-MM-DD'),
  },
  validate: (value: string | null | undefined) =>
    !value ||
    PARTIAL_DATE.test(value) ||
    '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD / Use YYYY, YYYY-MM or YYYY-MM-DD',
})

export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: label('网址标识（slug）', 'Slug (URL)'),
  admin: {
    position: 'sidebar',
    description: label('小写字母、数字和连字符', 'lower-case letters, digits, hyphens'),
  },
  validate: (value: string | null | undefined) =>
    (value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) ||
    '只能用小写字母、数字和连字符 / Use lower-case letters, digits and hyphens only',
})

/**
 * When staff last confirmed the record is still right (the freshness dashboard lists records
 * not reviewed within the period in the site settings; without it, the last change counts).
 */
export const reviewedOnField = (): Field => ({
  name: 'reviewedOn',
  type: 'date',
  label: label('最近核对日期', 'Last reviewed'),
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly' },
    description: label(
      '核对内容仍然准确后填写当天日期，即使没有修改。',
      'Set to today after checking the content is still right, even if nothing changed.',
    ),
  },
})

/** Hash of the content/ record last imported; lets the seed skip unchanged records. */
/** The seed's change detector: staff and the server read it, the public never does. */
export const contentHashField = (): Field => ({
  name: 'contentHash',
  type: 'text',
  admin: { hidden: true, readOnly: true },
  access: { read: ({ req }) => hasRole(req.user, 'admin', 'publisher', 'editor') },
})

/** A list of short localized lines (documents to bring, steps, services). */
export const localizedList = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'array',
  localized: true,
  label: label(zh, en),
  fields: [{ name: 'text', type: 'text', required: true, label: label('内容', 'Text') }],
})
