/**
 * Uploaded files on the static site. Payload serves them at /api/media/file/<name> (absolute
 * when a server URL is set); the static site carries its own copies under /media/<name>, so
 * pages never depend on the CMS being reachable.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

export const SITE_MEDIA_DIR = 'media'

/** Rewrite every CMS file URL in exported JSON to the site's copy. */
export const toSiteMediaUrls = (json: string): string =>
  json.replace(/(?:https?:\/\/[^"\s/]+)?\/api\/media\/file\//g, `/${SITE_MEDIA_DIR}/`)

type MediaDoc = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}

/** Copy every file the public may read (each upload and its resized versions) into outDir/media. */
export async function copyPublicMedia(payload: Payload, outDir: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'media',
    overrideAccess: false,
    pagination: false,
    depth: 0,
  })
  const upload = payload.collections.media.config.upload
  const staticDir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : ''
  const target = path.join(outDir, SITE_MEDIA_DIR)
  mkdirSync(target, { recursive: true })
  let copied = 0
  for (const doc of docs as MediaDoc[]) {
    const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)]
    for (const name of names) {
      if (!name || name.includes('/') || name.includes('\\')) continue
      const from = path.join(staticDir, name)
      if (!existsSync(from)) continue
      copyFileSync(from, path.join(target, name))
      copied += 1
    }
  }
  return copied
}
