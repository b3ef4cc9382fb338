import type { Access } from 'payload'
import { hasRole } from './roles'

/** The public reads published documents only; staff read drafts too. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'publisher', 'editor') ? true : { _status: { equals: 'published' } }
