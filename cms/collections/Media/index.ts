import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { label } from '../../fields/label'
import { dataDir } from '../../paths'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片与附件', 'Media file'), plural: label('图片与附件', 'Media') },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
    formatOptions: { format: 'webp', options: { quality: 78 } },
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt', type: 'text', localized: true, required: true,
      label: label('替代文字（给看不到图片的读者）', 'Alt text (for readers who cannot see the image)'),
    },
    { name: 'credit', type: 'text', label: label('来源/版权', 'Credit') },
  ],
}
