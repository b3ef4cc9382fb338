/**
 * Select fields whose choices and labels come from the shared vocabulary (content/schema), so an
 * editor sees "基本生活救助 / Basic living assistance", not "basic-living", and the CMS offers
 * exactly the values the content schema accepts.
 */
import type { SelectField } from 'payload'
import { VOCABULARY, valuesOf, type Labels, type VocabGroup } from '../../content/schema/vocabulary'
import { label } from './label'

/** Admin labels in the editor's language, from the site's three locales. */
const editorLabels = (l: Labels) => ({ zh: l['zh-CN'], 'zh-TW': l['zh-Hant'], en: l.en })

export const optionsFrom = (group: VocabGroup) =>
  valuesOf(group).map((value) => ({
    value,
    label: editorLabels((VOCABULARY[group] as Record<string, Labels>)[value]),
  }))

/** A select field offering one vocabulary group. */
export const selectField = (
  name: string,
  group: VocabGroup,
  zh: string,
  en: string,
  opts: { required?: boolean } = {},
): SelectField => ({
  name,
  type: 'select',
  ...(opts.required ? { required: true } : {}),
  label: label(zh, en),
  options: optionsFrom(group),
})
