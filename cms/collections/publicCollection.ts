import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { previewUrlFor } from '../preview'
import { docAccessEndpoint } from '../endpoints/docAccess'
import { isAdmin } from '../access/isAdmin'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { contentHashField, reviewedOnField, slugField } from '../fields/basic'
import { onlyPublishersPublish } from '../hooks/onlyPublishersPublish'
import { publicNeverReadsDrafts } from '../hooks/publicNeverReadsDrafts'
import { editorsWriteDraftsOnly } from '../hooks/editorsWriteDraftsOnly'
import { refreshMediaAfterChange, refreshMediaAfterDelete } from '../hooks/publicMedia'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSite'
import { auditAfterChange, auditAfterDelete, auditCaptureBefore } from '../hooks/audit'
import { searchAfterChange, searchAfterDelete } from '../hooks/searchSync'

type Args = Omit<CollectionConfig, 'access' | 'versions'> & { slugged?: boolean }

/**
 * Every collection the public reads: drafts and versions, published-only reads for the public,
 * staff edit, only publishers/admins publish (now or scheduled), admins delete, every publish,
 * unpublish, withdrawal and deletion is in the audit trail, and publishing rebuilds the site.
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
      // "Preview": this record's saved draft in the site's own templates, for staff only
      preview: previewUrlFor(String(rest.slug)),
      ...admin,
      components: {
        ...admin?.components,
        edit: {
          ...admin?.components?.edit,
          // after a publish: "updating the public site…", then the rebuild's outcome
          beforeDocumentControls: [
            '/components/PublishStatus#PublishStatus',
            ...(admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
    access: {
      read: publishedOrStaff,
      create: isStaff,
      update: isStaff,
      delete: isAdmin,
      readVersions: isStaff,
    },
    // schedulePublish: "Schedule publish/unpublish" in the admin queues a job (cms/jobs.ts runs it)
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
    endpoints: [docAccessEndpoint, ...(Array.isArray(rest.endpoints) ? rest.endpoints : [])],
    hooks: {
      ...hooks,
      beforeOperation: [
        publicNeverReadsDrafts,
        editorsWriteDraftsOnly,
        auditCaptureBefore,
        ...(hooks?.beforeOperation ?? []),
      ],
      beforeChange: [onlyPublishersPublish, ...(hooks?.beforeChange ?? [])],
      afterChange: [
        ...(hooks?.afterChange ?? []),
        refreshMediaAfterChange,
        auditAfterChange,
        rebuildAfterChange,
        searchAfterChange,
      ],
      afterDelete: [
        ...(hooks?.afterDelete ?? []),
        refreshMediaAfterDelete,
        auditAfterDelete,
        rebuildAfterDelete,
        searchAfterDelete,
      ],
    },
    fields: [...(slugged ? [slugField()] : []), ...fields, reviewedOnField(), contentHashField()],
  }
}
