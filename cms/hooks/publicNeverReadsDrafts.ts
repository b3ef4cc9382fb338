import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A visitor who asks for drafts (?draft=true, GraphQL draft: true) gets the published
 * version, as if they had not asked: drafts are for staff only. (Access control already
 * stops drafts leaking; this keeps the published version visible in that case.)
 */
export const publicNeverReadsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // trusted server code (Local API with overrideAccess, e.g. the seed importer) may read drafts
  const trusted = Boolean(args && 'overrideAccess' in args && args.overrideAccess)
  if (
    !req.user &&
    !trusted &&
    (operation === 'read' || operation === 'count') &&
    args &&
    'draft' in args &&
    args.draft
  ) {
    return { ...args, draft: false }
  }
  return args
}
