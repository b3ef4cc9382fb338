/** Copy for predicates/residence.ts. */
import { t } from './copy'

const unknownResidence = t(
  '不清楚户籍或居住地，请说明户籍是否在开平',
  '不清楚戶籍或居住地，請説明戶籍是否在開平',
  'We do not know where you are registered or live; please say whether your hukou is in Kaiping',
)

export const residenceCopy = {
  unknownResidence,
  hukou: t('户籍在开平', '戶籍在開平', 'Your hukou (household registration) is in Kaiping'),
  residentNoHukou: t(
    '住在开平但户籍不在开平：此项目一般向户籍所在地申请',
    '住在開平但戶籍不在開平：此項目一般向戶籍所在地申請',
    'You live in Kaiping but your hukou is elsewhere: this programme is normally applied for where the hukou is',
  ),
  residentMaybe: t(
    '住在开平但户籍不在开平：一般向户籍所在地申请；部分地方允许持居住证在居住地申请，请向所在镇（街道）咨询',
    '住在開平但戶籍不在開平：一般向戶籍所在地申請；部分地方允許持居住證在居住地申請，請向所在鎮（街道）諮詢',
    'You live in Kaiping but your hukou is elsewhere: you normally apply where the hukou is; some places accept a residence permit, so ask your town or subdistrict office',
  ),
  resident: t('住在开平', '住在開平', 'You live in Kaiping'),
  other: t(
    '户籍和居住地都不在开平：请向户籍所在地或居住地的民政部门申请',
    '戶籍和居住地都不在開平：請向戶籍所在地或居住地的民政部門申請',
    'Neither your hukou nor your home is in Kaiping: apply to the civil-affairs office where you are registered or live',
  ),
  emergencyHere: t(
    '如果急难发生在开平，可以向开平当地申请临时救助；本工具没有询问急难发生地',
    '如果急難發生在開平，可以向開平當地申請臨時救助；本工具沒有詢問急難發生地',
    'If the emergency happened in Kaiping you can ask for temporary assistance here; this tool does not ask where it happened',
  ),
}
