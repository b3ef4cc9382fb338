import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { usedByPublishedOrStaff } from '../../access/usedByPublishedOrStaff'
import { hasRole } from '../../access/roles'
import { checkUpload, UPLOAD_TYPES } from './uploadCheck'
import { rebuildAfterAnyChange, rebuildAfterDelete } from '../../hooks/rebuildSite'
import { label } from '../../fields/label'
import { dataDir } from '../../paths'

const WEBP = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片与附件', 'Media file'), plural: label('图片与附件', 'Media') },
  admin: {
    description: label(
      '文件在被已发布的内容使用后才公开（草稿里的图片不公开）。只能上传 JPEG、PNG、WebP 图片和 PDF、DOCX、XLSX 文档。不要上传含个人信息的材料。',
      'A file becomes public once published content uses it (images in drafts stay private). JPEG, PNG, WebP images and PDF, DOCX, XLSX documents only. Nothing with personal data.',
    ),
  },
  // The public reads a file only while a published record uses it (hooks/publicMedia.ts);
  // replacing or removing one changes published pages, so that is for publishers and admins.
  access: {
    read: usedByPublishedOrStaff,
    create: isStaff,
    update: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [checkUpload],
    afterChange: [rebuildAfterAnyChange],
    afterDelete: [rebuildAfterDelete],
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: Object.keys(UPLOAD_TYPES),
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
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: label('已公开（被已发布内容使用）', 'Public (used by published content)'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
