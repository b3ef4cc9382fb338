import type { DatabaseAdapterObj } from 'payload'

/**
 * SQLite lets one writer in at a time, and libsql opens every transaction on a fresh
 * connection without the adapter's busy timeout: two requests that write at once (two
 * password-reset requests, two saves) made the second fail at once with "database is locked".
 * In one process the cure is a queue: a transaction begins when the previous one has ended
 * (or after `maxWaitMs`, so a forgotten transaction cannot stall the CMS for good).
 */
export function queueTransactions(obj: DatabaseAdapterObj, maxWaitMs = 10_000): DatabaseAdapterObj {
  const init = obj.init
  return {
    ...obj,
    init: (args) => {
      const adapter = init(args)
      const { beginTransaction, commitTransaction, rollbackTransaction } = adapter
      if (!beginTransaction) return adapter
      let tail: Promise<void> = Promise.resolve()
      const releases = new Map<string | number, () => void>()
      const end = (id: unknown) => {
        const key = id as string | number
        releases.get(key)?.()
        releases.delete(key)
      }
      adapter.beginTransaction = async function (options) {
        let release!: () => void
        const turn = new Promise<void>((r) => (release = r))
        const previous = tail
        tail = turn
        const t0 = Date.now()
        await Promise.race([previous, new Promise((r) => setTimeout(r, maxWaitMs).unref())])
        if (Date.now() - t0 > 2000)
          console.warn(`[db] a transaction waited ${Date.now() - t0} ms for the one before it`)
        try {
          const id = await beginTransaction.call(this, options)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (err) {
          release()
          throw err
        }
      }
      adapter.commitTransaction = async function (id) {
        const key = id instanceof Promise ? await id : id
        try {
          await commitTransaction.call(this, key)
        } finally {
          end(key)
        }
      }
      adapter.rollbackTransaction = async function (id) {
        const key = id instanceof Promise ? await id : id
        try {
          await rollbackTransaction.call(this, key)
        } finally {
          end(key)
        }
      }
      return adapter
    },
  }
}
