/** Copy for predicates/circumstances.ts. */
import { t } from './copy'

export const circumstancesCopy = {
  emergency: t(
    '家庭遭遇火灾、自然灾害、意外事故或突发重大疾病等急难情况',
    '家庭遭遇火災、自然災害、意外事故或突發重大疾病等急難情況',
    'The household has been hit by a disaster, an accident or a sudden serious illness',
  ),
  otherEmergency: t(
    '家庭遭遇其他困难：是否属于临时救助范围由民政部门根据具体情况判断',
    '家庭遭遇其他困難：是否屬於臨時救助範圍由民政部門根據具體情況判斷',
    'The household faces another hardship: the civil-affairs office decides case by case whether temporary assistance applies',
  ),
  noEmergency: t(
    '家庭目前没有遭遇急难情况',
    '家庭目前沒有遭遇急難情況',
    'The household is not facing an emergency',
  ),
  emergencyUnknown: t(
    '不清楚家庭是否遭遇急难情况',
    '不清楚家庭是否遭遇急難情況',
    'We do not know whether the household is facing an emergency',
  ),
  medicalHardship: t(
    '家中有重病成员或医疗支出大：可能属于支出型贫困医疗救助对象，需由民政部门评估',
    '家中有重病成員或醫療支出大：可能屬於支出型貧困醫療救助對象，需由民政部門評估',
    'A member is seriously ill or medical costs are high: the household may count as impoverished by medical spending, which the office assesses',
  ),
  noMedicalHardship: t(
    '家中没有重病成员，也没有大额医疗支出',
    '家中沒有重病成員，也沒有大額醫療支出',
    'No member is seriously ill and there are no large medical costs',
  ),
  medicalUnknown: t(
    '不清楚家中是否有重病成员或大额医疗支出',
    '不清楚家中是否有重病成員或大額醫療支出',
    'We do not know whether a member is seriously ill or has large medical costs',
  ),
  bereaved: t(
    '家中有亲人去世，需要办理丧事',
    '家中有親人去世，需要辦理喪事',
    'A family member has died and the funeral needs arranging',
  ),
  notBereaved: t(
    '家中目前没有需要办理的丧事',
    '家中目前沒有需要辦理的喪事',
    'There is no funeral to arrange',
  ),
  bereavementUnknown: t(
    '不清楚家中是否有亲人去世',
    '不清楚家中是否有親人去世',
    'We do not know whether a family member has died',
  ),
  stranded: t(
    '生活无着、无处食宿，正在流浪或滞留',
    '生活無着、無處食宿，正在流浪或滯留',
    'The person has no means of living, nowhere to eat or sleep, and is stranded or sleeping rough',
  ),
  notStranded: t(
    '不属于生活无着的流浪、乞讨或滞留人员',
    '不屬於生活無着的流浪、乞討或滯留人員',
    'The person is not stranded without food or shelter',
  ),
  strandedUnknown: t(
    '不清楚是否生活无着、无处食宿',
    '不清楚是否生活無着、無處食宿',
    'We do not know whether the person is stranded without food or shelter',
  ),
  ecoBurial: t(
    '取决于选择的安葬方式：补贴只用于树葬、花葬、草坪葬、深埋、撒散、海葬等节地生态安葬，本工具不询问安葬方式',
    '取決於選擇的安葬方式：補貼只用於樹葬、花葬、草坪葬、深埋、撒散、海葬等節地生態安葬，本工具不詢問安葬方式',
    'Depends on the burial chosen: the subsidy is only for land-saving eco burials (tree, flower or lawn burial, deep burial, scattering, burial at sea); this tool does not ask which',
  ),
}
