import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { hasRole } from '../../access/roles'
import { rebuildAfterAnyChange, rebuildAfterDelete } from '../../hooks/rebuildSite'
import { label } from '../../fields/label'
import { dataDir } from '../../paths'

const WEBP = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片与附件', 'Media file'), plural: label('图片与附件', 'Media') },
  admin: {
    description: label(
      '上传的文件会立即公开（网站图片需要公开访问）。不要上传未公开的文件草稿或含个人信息的材料。',
      'Uploaded files are public at once (the site shows them). Do not upload unpublished drafts or anything with personal data.',
    ),
  },
  // Files are public (the site shows them); replacing or removing one changes published pages,
  // so that is for publishers and admins.
  access: {
    read: anyone,
    create: isStaff,
    update: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
    delete: isAdmin,
  },
  hooks: { afterChange: [rebuildAfterAnyChange], afterDelete: [rebuildAfterDelete] },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    // WebP throughout: a quarter of a JPEG's bytes on an old phone's connection
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: WEBP },
      { name: 'card', width: 640, formatOptions: WEBP },
      { name: 'wide', width: 1280, formatOptions: WEBP },
    ],
    formatOptions: WEBP,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label(
        '替代文字（给看不到图片的读者）',
        'Alt text (for readers who cannot see the image)',
      ),
    },
    { name: 'credit', type: 'text', label: label('来源/版权', 'Credit') },
  ],
}
