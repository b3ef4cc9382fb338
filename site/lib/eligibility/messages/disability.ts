/** Copy for predicates/disability.ts. */
import { t } from './copy'

export const disabilityCopy = {
  disabled: t(
    '家中有持残疾人证的成员',
    '家中有持殘疾人證的成員',
    'A member holds a disability certificate',
  ),
  notDisabled: t(
    '家中没有持残疾人证的成员',
    '家中沒有持殘疾人證的成員',
    'No member holds a disability certificate',
  ),
  disabilityUnknown: t(
    '不清楚家中成员是否持有残疾人证及其等级',
    '不清楚家中成員是否持有殘疾人證及其等級',
    'We do not know whether any member holds a disability certificate, or its grade',
  ),
  severe: t(
    '家中有残疾等级为一级或二级的重度残疾人',
    '家中有殘疾等級為一級或二級的重度殘疾人',
    'A member has a grade 1 or 2 (severe) disability',
  ),
  intellectualOrMental34: t(
    '家中有三级或四级智力、精神残疾人：国家允许各地把护理补贴扩大到这类残疾人，本工具未能核实开平是否已扩大，请向残联或民政部门咨询',
    '家中有三級或四級智力、精神殘疾人：國家允許各地把護理補貼擴大到這類殘疾人，本工具未能核實開平是否已擴大，請向殘聯或民政部門諮詢',
    'A member has a grade 3 or 4 intellectual or mental disability: national rules let places extend the care subsidy to them, and this tool could not confirm whether Kaiping does; ask the Disabled Persons’ Federation or the civil-affairs office',
  ),
  notSevere: t(
    '家中残疾人的残疾等级为三级或四级，护理补贴面向一级、二级重度残疾人',
    '家中殘疾人的殘疾等級為三級或四級，護理補貼面向一級、二級重度殘疾人',
    'The disability grade is 3 or 4; the care subsidy is for grade 1 and 2 (severe) disabilities',
  ),
}
