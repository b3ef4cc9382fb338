/**
 * The durable retry queue between the CMS and Meilisearch: a change is written to a file first
 * (it survives a restart of the admin), then sent; a failure keeps it for the next attempt with
 * backoff. The CMS never waits for any of this.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** "Bring this CMS document's search records up to date" — idempotent, so retries are safe. */
export type Job = { collection: string; id: string | number; slug?: string; at: string }
export type Processor = (job: Job) => Promise<void>

export class DurableQueue {
  private draining?: Promise<void>
  private timer?: NodeJS.Timeout
  attempts = 0

  constructor(
    readonly file: string,
    private readonly process: Processor,
    private readonly opts: {
      baseDelayMs?: number
      maxDelayMs?: number
      firstDelayMs?: number
      log?: (s: string) => void
    } = {},
  ) {}

  pending(): Job[] {
    if (!existsSync(this.file)) return []
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Job[]
    } catch {
      return []
    }
  }

  private write(jobs: Job[]) {
    mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify(jobs))
    renameSync(tmp, this.file)
  }

  /** Record a job (one per document: a newer change replaces an older one) and try to send. */
  add(job: Omit<Job, 'at'>): void {
    const jobs = this.pending().filter((j) => !(j.collection === job.collection && j.id === job.id))
    jobs.push({ ...job, at: new Date().toISOString() })
    this.write(jobs)
    // after the CMS transaction that queued it has committed
    setTimeout(() => void this.drain(), this.opts.firstDelayMs ?? 1000).unref()
  }

  /** Send what is queued, oldest first; on failure keep the rest and retry later. */
  drain(): Promise<void> {
    this.draining ??= this.run().finally(() => (this.draining = undefined))
    return this.draining
  }

  private async run() {
    clearTimeout(this.timer)
    for (const job of this.pending()) {
      try {
        await this.process(job)
      } catch (err) {
        this.attempts++
        const delay = Math.min(
          (this.opts.baseDelayMs ?? 2000) * 2 ** Math.min(this.attempts - 1, 10),
          this.opts.maxDelayMs ?? 300_000,
        )
        this.opts.log?.(
          `[search] Meilisearch unavailable (${(err as Error).message}); ${this.pending().length} change(s) queued, retry in ${Math.round(delay / 1000)} s`,
        )
        this.timer = setTimeout(() => void this.drain(), delay)
        this.timer.unref()
        return
      }
      this.attempts = 0
      // remove only this job: another may have been added while we were sending
      this.write(
        this.pending().filter(
          (j) => !(j.collection === job.collection && j.id === job.id && j.at === job.at),
        ),
      )
    }
  }

  stop() {
    clearTimeout(this.timer)
  }
}
