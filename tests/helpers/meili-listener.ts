/**
 * A small recording HTTP listener on 127.0.0.1 that answers the way Meilisearch does (202 with an
 * enqueued task; tasks succeed at once), so tests can see the requests the official client makes.
 * It is not a search server: it stores nothing and answers no search.
 */
import { createServer, type Server } from 'node:http'

export type Recorded = { method: string; path: string; body: unknown; auth?: string }

export class MeiliListener {
  readonly requests: Recorded[] = []
  /** answer the next N write requests with 503 */
  failNext = 0
  private server?: Server
  private task = 0
  port = 0

  get host() {
    return `http://127.0.0.1:${this.port}`
  }

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = ''
      req.on('data', (c: Buffer) => (raw += c))
      req.on('end', () => {
        const body = raw ? (JSON.parse(raw) as unknown) : undefined
        const path = req.url ?? ''
        const json = (status: number, data: unknown) =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data))
        if (req.method === 'GET' && /^\/tasks\/\d+/.test(path)) {
          const uid = Number(path.split('/')[2])
          return json(200, { uid, status: 'succeeded', type: 'x', enqueuedAt: '', error: null })
        }
        if (this.failNext > 0) {
          this.failNext--
          this.requests.push({ method: `${req.method} (503)`, path, body })
          return json(503, { message: 'unavailable', code: 'internal', type: 'system', link: '' })
        }
        this.requests.push({
          method: req.method ?? '',
          path,
          body,
          auth: req.headers.authorization,
        })
        json(202, {
          taskUid: ++this.task,
          indexUid: path.split('/')[2],
          status: 'enqueued',
          type: 'x',
          enqueuedAt: new Date().toISOString(),
        })
      })
    })
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', r))
    const addr = this.server.address()
    this.port = typeof addr === 'object' && addr ? addr.port : 0
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()))
    this.server?.closeAllConnections()
  }

  /** write requests only (no task polling) */
  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }
}
