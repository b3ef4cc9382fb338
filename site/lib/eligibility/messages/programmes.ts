/** Per-programme copy: fallback names (when no record is published) and programme notes. */
import { n, t } from './copy'

export const programmeNames = {
  dibao: t('最低生活保障（低保）', '最低生活保障（低保）', 'Dibao (minimum living allowance)'),
  'dibao-bianyuan': t(
    '低保边缘家庭（低收入家庭）认定',
    '低保邊緣家庭（低收入家庭）認定',
    'Low-income (near-Dibao) household recognition',
  ),
  tekun: t('特困人员救助供养', '特困人員救助供養', 'Tekun support for people in extreme hardship'),
  'linshi-jiuzhu': t('临时救助', '臨時救助', 'Temporary assistance'),
  'yiliao-jiuzhu': t('医疗救助', '醫療救助', 'Medical assistance'),
  'canji-shenghuo-butie': t(
    '困难残疾人生活补贴',
    '困難殘疾人生活補貼',
    'Living subsidy for disabled people in hardship',
  ),
  'canji-huli-butie': t(
    '重度残疾人护理补贴',
    '重度殘疾人護理補貼',
    'Care subsidy for people with severe disabilities',
  ),
  'gaoling-jintie': t('高龄老人津贴', '高齡老人津貼', 'Allowance for the very old'),
  guer: t('孤儿基本生活保障', '孤兒基本生活保障', 'Basic living support for orphans'),
  'shishi-wuren-fuyang': t(
    '事实无人抚养儿童保障',
    '事實無人撫養兒童保障',
    'Support for children without de facto care',
  ),
  'liulang-jiuzhu': t(
    '生活无着流浪乞讨人员救助',
    '生活無着流浪乞討人員救助',
    'Help for people stranded without food or shelter',
  ),
  'binzang-mianfei': t('基本殡葬服务免费', '基本殯葬服務免費', 'Free basic funeral services'),
  'shengtai-anzang-butie': t('节地生态安葬补贴', '節地生態安葬補貼', 'Eco-burial subsidy'),
}

export const programmeNotes = {
  noRecord: t(
    '我们还没有发布这个项目的记录：所需材料、金额和办理地点请向开平市民政局咨询',
    '我們還沒有發佈這個項目的記錄：所需材料、金額和辦理地點請向開平市民政局諮詢',
    'We have not yet published a record for this programme: ask Kaiping Civil Affairs Bureau about documents, amounts and where to apply',
  ),
  dibaoPriority: t(
    '已纳入特困人员救助供养的，不再同时享受低保；低保家庭中的重度残疾人等可单独纳入低保，请向镇（街道）咨询',
    '已納入特困人員救助供養的，不再同時享受低保；低保家庭中的重度殘疾人等可單獨納入低保，請向鎮（街道）諮詢',
    'People already supported as Tekun do not also receive Dibao; some people (e.g. adults with severe disabilities in low-income families) can be covered on their own — ask your town or subdistrict office',
  ),
  tekunOrChildSupport: t(
    '同时符合孤儿或事实无人抚养儿童保障条件的未成年人，选择其中一项保障，不再同时认定为特困人员',
    '同時符合孤兒或事實無人撫養兒童保障條件的未成年人，選擇其中一項保障，不再同時認定為特困人員',
    'A child who also qualifies as an orphan or a de facto unsupported child chooses one of those schemes instead of Tekun support',
  ),
  linshiHardship: t(
    '临时救助还要求家庭基本生活因此暂时出现严重困难，由民政部门核实；金额按困难程度一事一议',
    '臨時救助還要求家庭基本生活因此暫時出現嚴重困難，由民政部門核實；金額按困難程度一事一議',
    'Temporary assistance also requires that basic living is seriously affected for now, which the office checks; the amount is decided case by case',
  ),
  linshiAverage: (v: { value: number; year: string }) =>
    t(
      `参考：${v.year} 年临时救助平均救助水平为 ${n(v.value)} 元（平均数，不是救助标准）`,
      `參考：${v.year} 年臨時救助平均救助水平為 ${n(v.value)} 元（平均數，不是救助標準）`,
      `For reference: the average temporary-assistance payment in ${v.year} was ${n(v.value)} yuan (an average, not a standard amount)`,
    ),
  yiliaoRatio: (v: { value: number }) =>
    t(
      `低保对象门诊和住院政策范围内自付医疗费用的救助比例为 ${n(v.value)}%`,
      `低保對象門診和住院政策範圍內自付醫療費用的救助比例為 ${n(v.value)}%`,
      `For Dibao recipients, ${n(v.value)}% of eligible out-of-pocket outpatient and inpatient costs is covered`,
    ),
  longTermCare: t(
    '护理补贴面向需要长期照护的重度残疾人，按残疾人证等级审核',
    '護理補貼面向需要長期照護的重度殘疾人，按殘疾人證等級審核',
    'The care subsidy is for severely disabled people who need long-term care, checked against the disability certificate',
  ),
  funeralFree: t(
    '开平全面实现城乡居民免费享受7项殡葬基本服务',
    '開平全面實現城鄉居民免費享受7項殯葬基本服務',
    'In Kaiping, urban and rural residents receive 7 basic funeral services free of charge',
  ),
  strandedHelp: t(
    '救助遵循自愿求助、无偿救助原则，不论户籍',
    '救助遵循自願求助、無償救助原則，不論戶籍',
    'Help is voluntary and free of charge, whatever your hukou',
  ),
}
