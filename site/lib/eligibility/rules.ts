/**
 * The programmes as data: which named conditions each one needs, how (if at all) to estimate
 * the amount, and which notes to show. Numbers never appear here — standards and amounts are
 * referenced by programme and key, and read from the records as they stand on the date.
 */
import { BASIS, type Basis } from './basis'
import { allOf, anyOf, type Condition } from './conditions'
import { dibaoTopUp, perCase, perQualifyingMember, tekunSupport, type Estimator } from './estimates'
import { programmeNotes as copy } from './messages/programmes'
import { always, withParam, type Note } from './notes'
import {
  MONTHLY_AMOUNT,
  MONTHLY_PER_PERSON,
  MULTIPLE_OF_DIBAO,
  PER_CASE,
  PERCENT,
  YEARS,
  param,
} from './params'
import { agedState, childState, hasChild, isAged } from './predicates/age'
import {
  choosesEcoBurial,
  hasEmergency,
  hasMedicalExpenseHardship,
  isBereaved,
  isStranded,
} from './predicates/circumstances'
import { isDeFactoUnsupportedChild, isOrphan } from './predicates/children'
import {
  disabledState,
  hasDisability,
  hasSevereDisability,
  severeState,
} from './predicates/disability'
import {
  assetsWithinLimit,
  incomeDeductionMayApply,
  perCapitaIncomeBelow,
  perCapitaIncomeBelowMultiple,
  perCapitaIncomeNotBelow,
} from './predicates/income'
import {
  emergencyHappenedInKaiping,
  hasKaipingHukou,
  hasKaipingHukouOrPermit,
  isKaipingResident,
} from './predicates/residence'
import { hasNoAbleSupporter, isTekunCategory, isUnableToWork } from './predicates/support'

export const PROGRAMME_IDS = [
  'dibao',
  'dibao-bianyuan',
  'tekun',
  'linshi-jiuzhu',
  'yiliao-jiuzhu',
  'canji-shenghuo-butie',
  'canji-huli-butie',
  'gaoling-jintie',
  'guer',
  'shishi-wuren-fuyang',
  'liulang-jiuzhu',
  'binzang-mianfei',
  'shengtai-anzang-butie',
] as const
export type ProgrammeId = (typeof PROGRAMME_IDS)[number]

export type ProgrammeRule = {
  id: ProgrammeId
  conditions: readonly Condition[]
  /** What the rule rests on (documents held in content/policies; see basis.ts). */
  basis: readonly Basis[]
  estimate?: Estimator
  notes?: readonly Note[]
}

// Parameters, by record and key (values live in the CMS records).
const DIBAO_STANDARD = param('dibao', 'standard', MONTHLY_PER_PERSON)
const LOW_INCOME_MULTIPLE = param('dibao-bianyuan', 'income-multiple', MULTIPLE_OF_DIBAO)
const OLD_AGE = param('gaoling-jintie', 'min-age', YEARS)

// Named groups reused by several programmes.
const dibaoIncomeTest = anyOf('dibaoIncomeTest', [
  perCapitaIncomeBelow(DIBAO_STANDARD),
  incomeDeductionMayApply(OLD_AGE, DIBAO_STANDARD),
])
const isDibaoFamily = allOf('isDibaoFamily', [dibaoIncomeTest, assetsWithinLimit()])
const isLowIncomeFamily = allOf('isLowIncomeFamily', [
  perCapitaIncomeBelowMultiple(LOW_INCOME_MULTIPLE, DIBAO_STANDARD),
  assetsWithinLimit(),
])
const isTekunPerson = allOf('isTekunPerson', [
  isUnableToWork(),
  perCapitaIncomeBelow(DIBAO_STANDARD),
  assetsWithinLimit(),
  hasNoAbleSupporter(),
])

export const PROGRAMME_RULES: readonly ProgrammeRule[] = [
  // 社会救助暂行办法 第九条; 最低生活保障审核确认办法 (民发〔2021〕57号); Kaiping plan 第一章 一 (收入抵扣).
  {
    id: 'dibao',
    conditions: [hasKaipingHukouOrPermit(), dibaoIncomeTest, assetsWithinLimit()],
    basis: BASIS.dibao,
    estimate: dibaoTopUp(DIBAO_STANDARD),
    notes: [always(copy.dibaoPriority)],
  },
  // 低保边缘/低收入家庭 (中办、国办《关于改革完善社会救助制度的意见》, 2020): above the 低保 line and
  // below a locally set multiple of it — Kaiping's multiple is not in the plan, so it is a record key.
  {
    id: 'dibao-bianyuan',
    conditions: [
      hasKaipingHukouOrPermit(),
      perCapitaIncomeNotBelow(DIBAO_STANDARD),
      isLowIncomeFamily,
    ],
    basis: BASIS['dibao-bianyuan'],
  },
  // 社会救助暂行办法 第十四条; 特困人员认定办法 (民发〔2021〕43号) 第五–七条.
  {
    id: 'tekun',
    conditions: [hasKaipingHukou(), isTekunPerson],
    basis: BASIS.tekun,
    estimate: tekunSupport(
      param('tekun', 'basic-living', MONTHLY_PER_PERSON),
      {
        'full-self': param('tekun', 'care-full-self', MONTHLY_AMOUNT),
        semi: param('tekun', 'care-semi', MONTHLY_AMOUNT),
        full: param('tekun', 'care-full', MONTHLY_AMOUNT),
      },
      isTekunCategory,
    ),
    notes: [always(copy.tekunOrChildSupport)],
  },
  // 社会救助暂行办法 第四十七条; 国发〔2014〕47号 (户籍地、经常居住地或急难发生地).
  {
    id: 'linshi-jiuzhu',
    conditions: [
      anyOf('canApplyHere', [isKaipingResident(), emergencyHappenedInKaiping()]),
      hasEmergency(),
    ],
    basis: BASIS['linshi-jiuzhu'],
    notes: [
      always(copy.linshiHardship),
      withParam(param('linshi-jiuzhu', 'average-2020', PER_CASE), (value, from) =>
        copy.linshiAverage({ value, year: from.slice(0, 4) }),
      ),
    ],
  },
  // 社会救助暂行办法 第二十八条 (低保家庭成员、特困人员、其他特殊困难人员); Kaiping plan: 低收入家庭、支出型贫困.
  {
    id: 'yiliao-jiuzhu',
    conditions: [
      hasKaipingHukouOrPermit(),
      anyOf('isMedicalAssistanceGroup', [
        isDibaoFamily,
        isTekunPerson,
        isLowIncomeFamily,
        hasMedicalExpenseHardship(),
      ]),
    ],
    basis: BASIS['yiliao-jiuzhu'],
    notes: [
      withParam(param('yiliao-jiuzhu', 'dibao-ratio', PERCENT), (value) =>
        copy.yiliaoRatio({ value }),
      ),
    ],
  },
  // 国发〔2015〕52号: 低保家庭中的残疾人 (有条件的地方扩大到低收入残疾人).
  {
    id: 'canji-shenghuo-butie',
    conditions: [
      hasKaipingHukou(),
      hasDisability(),
      anyOf('isDibaoOrLowIncomeFamily', [isDibaoFamily, isLowIncomeFamily]),
    ],
    basis: BASIS['canji-shenghuo-butie'],
    estimate: perQualifyingMember(
      param('canji-shenghuo-butie', 'allowance', MONTHLY_PER_PERSON),
      disabledState,
    ),
  },
  // 国发〔2015〕52号: 残疾等级一级、二级且需要长期照护; 三、四级智力/精神 unknown (see statutory.ts).
  {
    id: 'canji-huli-butie',
    conditions: [hasKaipingHukou(), hasSevereDisability()],
    basis: BASIS['canji-huli-butie'],
    estimate: perQualifyingMember(
      param('canji-huli-butie', 'allowance', MONTHLY_PER_PERSON),
      severeState,
    ),
    notes: [always(copy.longTermCare)],
  },
  // Kaiping plan 第一章 二: 对80岁以上老人发放高龄老人津贴 (age from the record; amount if published).
  {
    id: 'gaoling-jintie',
    conditions: [hasKaipingHukou(), isAged(OLD_AGE)],
    basis: BASIS['gaoling-jintie'],
    estimate: perQualifyingMember(
      param('gaoling-jintie', 'allowance', MONTHLY_AMOUNT),
      agedState(OLD_AGE),
    ),
  },
  // 国办发〔2010〕54号 (孤儿基本生活保障).
  {
    id: 'guer',
    conditions: [hasKaipingHukou(), hasChild(), isOrphan()],
    basis: BASIS.guer,
    estimate: perQualifyingMember(param('guer', 'standard', MONTHLY_PER_PERSON), childState),
  },
  // 民发〔2019〕62号 (事实无人抚养儿童保障; standard 参照散居孤儿).
  {
    id: 'shishi-wuren-fuyang',
    conditions: [hasKaipingHukou(), hasChild(), isDeFactoUnsupportedChild()],
    basis: BASIS['shishi-wuren-fuyang'],
    estimate: perQualifyingMember(
      param('shishi-wuren-fuyang', 'standard', MONTHLY_PER_PERSON),
      childState,
    ),
  },
  // 城市生活无着的流浪乞讨人员救助管理办法 (国务院令第381号): no residence condition.
  {
    id: 'liulang-jiuzhu',
    conditions: [isStranded()],
    basis: BASIS['liulang-jiuzhu'],
    notes: [always(copy.strandedHelp)],
  },
  // Kaiping plan 第一章 六: 所有城乡居民免费享受7项殡葬基本服务.
  {
    id: 'binzang-mianfei',
    conditions: [isBereaved(), hasKaipingHukouOrPermit()],
    basis: BASIS['binzang-mianfei'],
    notes: [always(copy.funeralFree)],
  },
  // Kaiping plan 第一章 六: 绿色生态葬法 补贴 每份骨灰 (amount from the record).
  {
    id: 'shengtai-anzang-butie',
    conditions: [isBereaved(), hasKaipingHukouOrPermit(), choosesEcoBurial()],
    basis: BASIS['shengtai-anzang-butie'],
    estimate: perCase(param('shengtai-anzang-butie', 'subsidy', PER_CASE)),
  },
]
