import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../access/roles'

/**
 * An editor's update must be a draft save (?draft=true, "Save draft" in the admin). Anything
 * else would replace the published document — publishing it, or taking it offline by writing
 * `_status: 'draft'` over it, or restoring an old version over it — which is for publishers.
 */
export const editorsWriteDraftsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const editor = req.user && !hasRole(req.user, 'admin', 'publisher')
  const draft = Boolean(args && 'draft' in args && args.draft)
  if (editor && (operation === 'update' || operation === 'restoreVersion') && !draft) {
    throw new APIError(
      req.i18n?.language === 'en'
        ? 'Editors can save drafts only; publishing, unpublishing and restoring versions are for publishers and admins.'
        : '编辑只能保存草稿；发布、取消发布和恢复旧版本须由发布员或管理员操作。',
      403,
      undefined,
      true,
    )
  }
  return args
}
