import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { hasRole } from '../access/roles'
import { label } from '../fields/label'
import { rebuildAfterGlobalChange } from '../hooks/rebuildSite'
import { synonymsAfterChange } from '../hooks/searchSync'

/**
 * Search synonyms (search/synonyms.ts): a colloquial word and the official word the pages use.
 * Both search engines read this list; a change rebuilds the site (and its static index).
 */
export const SearchSynonyms: GlobalConfig = {
  slug: 'search-synonyms',
  label: label('搜索同义词', 'Search synonyms'),
  admin: {
    description: label(
      '居民常用的说法与网站页面使用的正式名称，例如“敬老院”对应“养老机构”。保存后网站搜索会重新建立索引。',
      'What residents say and the official word the pages use, e.g. 敬老院 → 养老机构. Saving rebuilds the site search.',
    ),
  },
  access: { read: anyone, update: ({ req }) => hasRole(req.user, 'admin', 'publisher') },
  hooks: { afterChange: [rebuildAfterGlobalChange, synonymsAfterChange] },
  fields: [
    {
      name: 'pairs',
      type: 'array',
      label: label('同义词', 'Pairs'),
      fields: [
        {
          name: 'colloquial',
          type: 'text',
          required: true,
          label: label('常用说法', 'Colloquial word'),
        },
        {
          name: 'official',
          type: 'text',
          required: true,
          label: label('正式名称', 'Official word'),
        },
      ],
    },
  ],
}
