import type { TestCms } from './payload'

/** GET /api/media/file/<name> as an anonymous visitor. */
export async function fileRoute(cms: TestCms) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const get = REST_GET(cms.config)
  return {
    GET: (name: string) =>
      get(new Request(`http://localhost/api/media/file/${encodeURIComponent(name)}`), {
        params: Promise.resolve({ slug: ['media', 'file', name] }),
      }),
  }
}
