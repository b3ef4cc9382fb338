/** Answer sets used by the questionnaire tests. */
import type { Answers } from '../../../site/lib/eligibility-ui/answers'

/** 75, living alone, Kaiping hukou, no income, no one to support them, assets within limits. */
export const ALONE_75: Answers = {
  residence: 'kaiping-hukou',
  size: 1,
  members: [{ age: 75, situations: 'none' }],
  income: 0,
  assets: 'yes',
  supporter: 'no',
  emergency: 'none',
  bereavement: 'no',
  stranded: 'no',
}

/** Three people: a parent with a grade-2 physical disability, a child of 10, a student of 19. */
export const FAMILY: Answers = {
  residence: 'kaiping-resident',
  size: 3,
  members: [
    { age: 45, situations: ['disability', 'cannotWork'], grade: 2, kind: 'physical' },
    { age: 10, situations: ['school'] },
    { age: 19, situations: ['school'] },
  ],
  income: 1500.5,
  assets: 'unknown',
  supporter: 'yes',
  child: 'de-facto-unsupported',
  emergency: 'illness-expense',
  bereavement: 'unknown',
  stranded: 'no',
}

/** Everything answered 不清楚. */
export const ALL_UNKNOWN: Answers = {
  residence: 'unknown',
  size: 'unknown',
  members: [],
  income: 'unknown',
  assets: 'unknown',
  supporter: 'unknown',
  emergency: 'unknown',
  bereavement: 'unknown',
  stranded: 'unknown',
}

export const SAMPLES = { ALONE_75, FAMILY, ALL_UNKNOWN, EMPTY: { members: [] } as Answers }
