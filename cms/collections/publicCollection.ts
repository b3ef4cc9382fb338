import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { isAdmin } from '../access/isAdmin'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { contentHashField, slugField } from '../fields/basic'
import { onlyPublishersPublish } from '../hooks/onlyPublishersPublish'
import { publicNeverReadsDrafts } from '../hooks/publicNeverReadsDrafts'
import { editorsWriteDraftsOnly } from '../hooks/editorsWriteDraftsOnly'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSite'
import { searchAfterChange, searchAfterDelete } from '../hooks/searchSync'

type Args = Omit<CollectionConfig, 'access' | 'versions'> & { slugged?: boolean }

/**
 * Every collection the public reads: drafts and versions, published-only reads for the public,
 * staff edit, only publishers/admins publish, admins delete, and publishing rebuilds the site.
 */
export function publicCollection({
  slugged = true,
  fields,
  hooks,
  admin,
  ...rest
}: Args): CollectionConfig {
  return {
    ...rest,
    admin: {
      useAsTitle: slugged ? 'slug' : undefined,
      defaultColumns: ['slug', '_status', 'updatedAt'],
      ...admin,
    },
    access: {
      read: publishedOrStaff,
      create: isStaff,
      update: isStaff,
      delete: isAdmin,
      readVersions: isStaff,
    },
    versions: { drafts: true, maxPerDoc: 25 },
    hooks: {
      ...hooks,
      beforeOperation: [
        publicNeverReadsDrafts,
        editorsWriteDraftsOnly,
        ...(hooks?.beforeOperation ?? []),
      ],
      beforeChange: [onlyPublishersPublish, ...(hooks?.beforeChange ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), rebuildAfterChange, searchAfterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), rebuildAfterDelete, searchAfterDelete],
    },
    fields: [...(slugged ? [slugField()] : []), ...fields, contentHashField()],
  }
}
