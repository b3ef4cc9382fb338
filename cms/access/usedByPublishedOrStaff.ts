import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff read every file; the public only files a published record uses (hooks/publicMedia.ts). */
export const usedByPublishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'publisher', 'editor') ? true : { public: { equals: true } }
