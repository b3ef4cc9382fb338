/** Copy for named groups of conditions (allOf / anyOf in rules.ts). */
import { t, type StateCopy } from './copy'

export const groupCopy = {
  dibaoIncomeTest: {
    met: t('收入符合低保条件', '收入符合低保條件', 'Income meets the Dibao test'),
    unmet: t(
      '收入不低于低保标准，收入抵扣也不能使其符合',
      '收入不低於低保標準，收入抵扣也不能使其符合',
      'Income is not below the Dibao standard, and no income deduction can bring it below',
    ),
    unknown: t(
      '收入是否符合低保条件尚不能确定',
      '收入是否符合低保條件尚不能確定',
      'It is not yet clear whether income meets the Dibao test',
    ),
  },
  isDibaoFamily: {
    met: t('家庭符合低保条件', '家庭符合低保條件', 'The household meets the Dibao conditions'),
    unmet: t(
      '家庭不符合低保条件',
      '家庭不符合低保條件',
      'The household does not meet the Dibao conditions',
    ),
    unknown: t(
      '家庭是否符合低保条件尚不能确定',
      '家庭是否符合低保條件尚不能確定',
      'It is not yet clear whether the household meets the Dibao conditions',
    ),
  },
  isLowIncomeFamily: {
    met: t(
      '家庭符合低收入家庭条件',
      '家庭符合低收入家庭條件',
      'The household meets the low-income conditions',
    ),
    unmet: t(
      '家庭不符合低收入家庭条件',
      '家庭不符合低收入家庭條件',
      'The household does not meet the low-income conditions',
    ),
    unknown: t(
      '家庭是否符合低收入家庭条件尚不能确定',
      '家庭是否符合低收入家庭條件尚不能確定',
      'It is not yet clear whether the household meets the low-income conditions',
    ),
  },
  isDibaoOrLowIncomeFamily: {
    met: t(
      '属于低保家庭或低收入家庭',
      '屬於低保家庭或低收入家庭',
      'The household is a Dibao or low-income household',
    ),
    unmet: t(
      '既不属于低保家庭，也不属于低收入家庭',
      '既不屬於低保家庭，也不屬於低收入家庭',
      'The household is neither a Dibao nor a low-income household',
    ),
    unknown: t(
      '是否属于低保或低收入家庭尚不能确定',
      '是否屬於低保或低收入家庭尚不能確定',
      'It is not yet clear whether the household is a Dibao or low-income household',
    ),
  },
  isTekunPerson: {
    met: t(
      '符合特困人员条件',
      '符合特困人員條件',
      'Meets the conditions for extreme-poverty support',
    ),
    unmet: t(
      '不符合特困人员条件',
      '不符合特困人員條件',
      'Does not meet the conditions for extreme-poverty support',
    ),
    unknown: t(
      '是否符合特困人员条件尚不能确定',
      '是否符合特困人員條件尚不能確定',
      'It is not yet clear whether the conditions for extreme-poverty support are met',
    ),
  },
  isMedicalAssistanceGroup: {
    met: t(
      '属于医疗救助对象',
      '屬於醫療救助對象',
      'The household is in a group covered by medical assistance',
    ),
    unmet: t(
      '不属于低保、特困、低收入或支出型贫困等医疗救助对象',
      '不屬於低保、特困、低收入或支出型貧困等醫療救助對象',
      'The household is not in a group covered by medical assistance (Dibao, extreme hardship, low income, or impoverished by medical spending)',
    ),
    unknown: t(
      '是否属于医疗救助对象尚不能确定',
      '是否屬於醫療救助對象尚不能確定',
      'It is not yet clear whether the household is in a group covered by medical assistance',
    ),
  },
  canApplyHere: {
    met: t('可以在开平申请', '可以在開平申請', 'You can apply in Kaiping'),
    unmet: t('不能在开平申请', '不能在開平申請', 'You cannot apply in Kaiping'),
    unknown: t(
      '能否在开平申请尚不能确定',
      '能否在開平申請尚不能確定',
      'It is not yet clear whether you can apply in Kaiping',
    ),
  },
} satisfies Record<string, StateCopy>

export type GroupId = keyof typeof groupCopy
