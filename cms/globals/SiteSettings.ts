import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { hasRole } from '../access/roles'
import { label } from '../fields/label'
import { contentHashField, localizedText, localizedTextarea } from '../fields/basic'
import { rebuildAfterGlobalChange } from '../hooks/rebuildSite'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('网站设置', 'Site settings'),
  access: { read: anyone, update: ({ req }) => hasRole(req.user, 'admin', 'publisher') },
  hooks: { afterChange: [rebuildAfterGlobalChange] },
  fields: [
    {
      name: 'hotline',
      type: 'group',
      label: label('服务热线', 'Hotline'),
      fields: [
        { name: 'number', type: 'text', label: label('号码', 'Number') },
        localizedText('label', '说明', 'Label', { required: true }),
      ],
    },
    localizedTextarea('intro', '首页介绍', 'Home page introduction', { required: true }),
    localizedTextarea('notice', '全站提示', 'Site-wide notice', {
      description: [
        '显示在每个页面顶部，例如说明金额是规划所载的2020年数据。录入现行标准后清空简体中文内容即可取消提示。',
        "Shown at the top of every page, e.g. that amounts are the plan's 2020 figures. Empty the Simplified Chinese text to remove it once current rates are entered.",
      ],
    }),
    {
      name: 'audiences',
      type: 'array',
      label: label('首页入口', 'Home page entry points'),
      fields: [
        { name: 'key', type: 'text', required: true },
        localizedText('title', '标题', 'Title', { required: true }),
        localizedTextarea('text', '说明', 'Text', { required: true }),
        { name: 'href', type: 'text', required: true, label: label('链接', 'Link') },
      ],
    },
    contentHashField(),
  ],
}
