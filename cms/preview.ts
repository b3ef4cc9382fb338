/**
 * The admin's Preview button (collection `admin.preview`): opens the preview server, which
 * builds the public site's pages with this record's latest saved draft and shows them only to
 * signed-in staff (scripts/lib/preview-server.ts). `npm start` runs it on SITE_PREVIEW_PORT, on
 * the host the editor reached the admin by (the sign-in cookie belongs to that host name);
 * elsewhere SITE_PREVIEW_URL names it. Neither set: no Preview button.
 */
import type { GeneratePreviewURL } from 'payload'

export function previewBase(
  host: string | null | undefined,
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (env.SITE_PREVIEW_URL) return env.SITE_PREVIEW_URL.replace(/\/$/, '')
  const port = env.SITE_PREVIEW_PORT
  if (!port || !/^\d+$/.test(port)) return null
  // the admin's own host name, without its port (an IPv6 literal keeps its brackets)
  const name = /^(\[[^\]]+\]|[^:]+)/.exec(host ?? '')?.[1] ?? '127.0.0.1'
  return `http://${name}:${port}`
}

export const previewUrlFor =
  (collection: string): GeneratePreviewURL =>
  (doc, { locale, req }) => {
    const base = previewBase(req.headers.get('host'))
    if (!base || doc?.id === undefined) return null
    const q = new URLSearchParams({
      collection,
      id: String(doc.id),
      locale: typeof locale === 'string' ? locale : 'zh-CN',
    })
    return `${base}/_preview/?${q}`
  }
