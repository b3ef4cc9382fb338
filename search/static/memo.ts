/**
 * What an index build reuses from the previous one, so a publish re-indexes only what changed:
 * each record's term scores and synonym keywords (keyed by a hash of the text they come from)
 * and a hash of every index file written. Kept in memory for the next build in this process and
 * in a file beside the export (`<site-data>.search-memo`) for the next process. Entries a build
 * did not use are dropped, so it never grows beyond one corpus.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'

const VERSION = 3
/** Index folders remembered: three locales of the served site, of a preview and of one more. */
const FOLDERS = 9

type Store = {
  v: number
  /** key → value, for any computation keyed by its input's hash */
  values: Map<string, unknown>
  /** the id written into an index folder → each of its files' content hash (the last few) */
  folders: Map<string, Map<string, string>>
}

export const hashOf = (...parts: string[]): string => {
  const h = createHash('sha1')
  for (const p of parts) h.update(p).update('\u0000')
  return h.digest('base64url')
}

const open = new Map<string, Memo>()

export class Memo {
  private used = new Map<string, unknown>()
  private constructor(
    private readonly file: string | undefined,
    private store: Store,
  ) {}

  /** The memo kept in `file` (undefined: in memory only, for tests and one-off builds). */
  static at(file?: string): Memo {
    if (!file) return new Memo(undefined, { v: VERSION, values: new Map(), folders: new Map() })
    let memo = open.get(file)
    if (!memo) {
      let store: Store | undefined
      try {
        if (existsSync(file)) store = deserialize(readFileSync(file)) as Store
      } catch {
        // unreadable (an older Node, a cut-off write): start afresh, it is only a cache
      }
      if (store?.v !== VERSION) store = { v: VERSION, values: new Map(), folders: new Map() }
      memo = new Memo(file, store)
      open.set(file, memo)
    }
    return memo
  }

  /** Forget the in-process copy of `file`, as a new process would (tests). */
  static reopen(file: string): Memo {
    open.delete(file)
    return Memo.at(file)
  }

  /** `compute()`, or its remembered result for the same key. */
  get<T>(key: string, compute: () => T): T {
    let v = this.used.get(key) as T | undefined
    if (v === undefined) {
      v = (this.store.values.has(key) ? this.store.values.get(key) : compute()) as T
      this.used.set(key, v)
    }
    return v
  }

  /**
   * The files of an index folder as the build that wrote it left them, found by the id in its
   * `idFile` (a copy of the served index has the served one's id); else an empty map, so every
   * file is written.
   */
  filesIn(idFile: string): Map<string, string> {
    const id = existsSync(idFile) ? readFileSync(idFile, 'utf8') : undefined
    return (id && this.store.folders.get(id)) || new Map()
  }

  /** Record what was written into a folder; returns the new id to write into it. */
  wrote(files: Map<string, string>): string {
    const id = randomUUID()
    this.store.folders.set(id, files)
    for (const old of this.store.folders.keys())
      if (this.store.folders.size > FOLDERS) this.store.folders.delete(old)
    return id
  }

  /** Keep what this build used (and the folders written), in memory and in the file. */
  save(): void {
    this.store.values = this.used
    this.used = new Map()
    if (!this.file) return
    const tmp = `${this.file}.tmp-${process.pid}`
    try {
      writeFileSync(tmp, serialize(this.store))
      renameSync(tmp, this.file)
    } catch (err) {
      rmSync(tmp, { force: true })
      console.warn(`[search] could not keep the index memo: ${(err as Error).message}`)
    }
  }
}
