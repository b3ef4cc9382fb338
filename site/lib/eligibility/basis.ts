/**
 * The legal basis of each programme rule, as data (OpenFisca's `reference`): which document it
 * rests on and, for the plan whose text we hold, where and in what words. Only documents held
 * in content/policies are cited — a policy slug, never a typed title or 文号: the title and 文号
 * come from the policy record (the programme's related policies), so nothing is invented here.
 * tests/unit/eligibility/basis.test.ts checks every slug, chapter and quote against content/.
 */
import type { LegalBasis, LocalizedText, RuleProgramme } from './types'

/** One document a rule rests on: a policy slug, and for the plan its chapter and words. */
export type Basis = { policy: string; location?: string; quote?: string }

const PLAN = 'kaiping-14th-plan'
/** 中办发〔2020〕18号, the national basis of the plan's chapter 4 (we hold no full text: no clause). */
const ASSISTANCE_REFORM: Basis = { policy: 'zhongbanfa-2020-18' }

const plan = (location: string, quote: string): Basis => ({ policy: PLAN, location, quote })
const CH1_1 = '第一章 一、综合社会救助水平逐步提升'
const CH1_3 = '第一章 三、适度普惠社会福利初步形成'
const CH1_6 = '第一章 六、其它专项民政管理服务水平明显提高'
const DISABILITY_RATES = plan(
  CH1_1,
  '2020 年困难残疾人生活补贴和重度残疾人护理补贴标准分别提高至 2100 元/人/年和 2820 元/人/年',
)

export const BASIS = {
  dibao: [
    plan(CH1_1, '至 2020 年，全市城乡低保标准提高到 900 元/人月'),
    plan(CH1_1, '对高龄、残疾、重病等特殊困难群体申请低保抵扣收入'),
    ASSISTANCE_REFORM,
  ],
  'dibao-bianyuan': [
    plan(
      '第四章 一（一）完善救助政策供给',
      '将不符合低保、特困供养条件但刚性支出较大导致基本生活出现严重困难的低保临界、低保边缘家庭，认定为低收入家庭',
    ),
    ASSISTANCE_REFORM,
  ],
  tekun: [
    plan(CH1_1, '至 2020 年，特困人员基本生活标准提高到 17280 元/人/年'),
    plan(CH1_1, '2020 年 2 月起发放特困人员照料护理费'),
    ASSISTANCE_REFORM,
  ],
  'linshi-jiuzhu': [
    plan(
      '第四章 一（二）加强救助资源统筹',
      '受灾人员救助、临时救助、生活无着的流浪乞讨人员救助等急难救助为辅助',
    ),
    ASSISTANCE_REFORM,
  ],
  'yiliao-jiuzhu': [
    plan(CH1_1, '住院救助对象范围拓宽到精准扶贫重点帮扶对象、低收入家庭和支出型贫困医疗救助对象'),
    ASSISTANCE_REFORM,
  ],
  'canji-shenghuo-butie': [DISABILITY_RATES],
  'canji-huli-butie': [DISABILITY_RATES],
  'gaoling-jintie': [
    plan('第一章 二、社会养老服务体系建设和取得实效', '对 80 岁以上老人发放高龄老人津贴'),
  ],
  guer: [plan(CH1_3, '全面落实广东省孤儿及艾滋病病毒感染儿童基本生活保障制度')],
  'shishi-wuren-fuyang': [plan(CH1_3, '切实做好事实无人抚养儿童生活保障工作')],
  'liulang-jiuzhu': [
    plan(CH1_1, '按照“自愿求助、无偿救助”的原则'),
    plan(
      '第四章 一（四）提升兜底保障服务',
      '积极为走失、务工不着、家庭暴力受害人等离家在外的临时遇困人员提供救助',
    ),
    ASSISTANCE_REFORM,
  ],
  'binzang-mianfei': [plan(CH1_6, '全面实现所有城乡居民免费享受7项殡葬基本服务政策')],
  'shengtai-anzang-butie': [
    plan('第四章 五（三）4. 深化殡葬服务改革', '继续全面实施节地生态安葬奖补政策'),
  ],
} as const satisfies Record<string, readonly Basis[]>

/**
 * The basis with each document's title and 文号 from the programme record's related policies.
 * A policy the record does not (or no longer) relate keeps its slug as the title, so a reader
 * still sees what is cited and an editor sees what to relate.
 */
export function resolveBasis(
  basis: readonly Basis[],
  record: RuleProgramme | undefined,
): LegalBasis[] {
  return basis.map((b) => {
    const policy = record?.policies?.find((p) => p.slug === b.policy)
    const title: LocalizedText = policy?.title ?? { 'zh-CN': b.policy }
    return {
      ...b,
      title,
      ...(policy?.docNumber ? { docNumber: policy.docNumber } : {}),
    }
  })
}
