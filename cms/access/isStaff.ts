import type { Access } from 'payload'
import { hasRole } from './roles'

/** Any signed-in member of staff (editor, publisher or admin). */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'publisher', 'editor')
