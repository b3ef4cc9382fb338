/**
 * The values household facts may take, as plain data (no zod), so that code which only
 * evaluates already-valid households — the questionnaire in the browser — stays small.
 */
export const RESIDENCE = ['kaiping-hukou', 'kaiping-resident', 'other'] as const
export const DISABILITY_KINDS = [
  'physical',
  'visual',
  'hearing',
  'speech',
  'intellectual',
  'mental',
  'multiple',
] as const
export const CARE_LEVELS = ['full-self', 'semi', 'full'] as const
export const CHILD_CIRCUMSTANCES = ['orphan', 'de-facto-unsupported'] as const
export const EMERGENCIES = ['disaster', 'accident', 'illness-expense', 'other'] as const
