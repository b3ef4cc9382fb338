import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../access/roles'

/**
 * Editors may save drafts but not publish. Requests without a user are the system itself
 * (the seed importer); the public never reaches this hook because create/update need staff.
 */
export const onlyPublishersPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && data?._status === 'published' && !hasRole(req.user, 'admin', 'publisher')) {
    throw new APIError(
      req.i18n?.language === 'en'
        ? 'Editors can save drafts only. Ask a publisher or an admin to publish this.'
        : '编辑只能保存草稿，不能发布。请联系发布员或管理员发布。',
      403,
      undefined,
      true,
    )
  }
  return data
}
