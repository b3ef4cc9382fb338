/**
 * The site data as it will be once one draft is published: the public export with that record's
 * latest draft in its place, read as the signed-in member of staff asking for the preview (their
 * access, never overrideAccess). Written to its own folder; the public export is not touched.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'
import { toSiteMediaUrls } from './media'
import { SITE_READ, toSiteDoc, type PublicCollection } from './exportSiteData'

export type PreviewRequest = { collection: PublicCollection; id: string; user: TypedUser }

export class PreviewNotFound extends Error {}

export async function writePreviewData(
  payload: Payload,
  { collection, id, user }: PreviewRequest,
  publicDir: string,
  outDir: string,
): Promise<{ slug: string; updatedAt: string }> {
  const draft = await payload.findByID({
    collection,
    id,
    ...SITE_READ,
    draft: true,
    user,
    disableErrors: true,
  })
  if (!draft) throw new PreviewNotFound(`${collection}/${id} not found or not readable`)
  const doc = JSON.parse(toSiteMediaUrls(JSON.stringify(toSiteDoc(collection, draft)))) as {
    id: unknown
    slug: string
    updatedAt: string
  }
  rmSync(outDir, { recursive: true, force: true })
  cpSync(publicDir, outDir, { recursive: true })
  const file = path.join(outDir, `${collection}.json`)
  const docs = JSON.parse(readFileSync(file, 'utf8')) as { id: unknown }[]
  const at = docs.findIndex((d) => d.id === doc.id)
  if (at >= 0) docs[at] = doc
  else docs.push(doc)
  writeFileSync(file, JSON.stringify(docs, null, 1))
  return { slug: doc.slug, updatedAt: doc.updatedAt }
}
