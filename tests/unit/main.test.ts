import { describe, expect, it } from 'vitest'
import { once, waitForHttp } from '../../scripts/lib/lifecycle'
import { runMain } from '../../scripts/lib/main'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

function fakeProcess() {
  const out = { code: undefined as number | undefined, stderr: '' }
  return {
    out,
    deps: {
      exit: (c: number) => void (out.code = c),
      stderr: { write: (s: string) => (out.stderr += s) },
    },
  }
}

describe('runMain: every script entry exits with a code and shows the whole error', () => {
  it('exits 0 when main returns nothing, and with main’s code otherwise', async () => {
    const a = fakeProcess()
    await runMain('seed', async () => {}, a.deps)
    expect(a.out.code).toBe(0)
    const b = fakeProcess()
    await runMain('eligibility', async () => 2, b.deps)
    expect(b.out.code).toBe(2)
    expect(b.out.stderr).toBe('')
  })

  it('prints the message, the stack and the cause to stderr and exits 1', async () => {
    const p = fakeProcess()
    await runMain(
      'export',
      async () => {
        throw new Error('cannot write .cache/site-data', { cause: new Error('EACCES: denied') })
      },
      p.deps,
    )
    expect(p.out.code).toBe(1)
    expect(p.out.stderr).toMatch(/^\[export\] failed: Error: cannot write \.cache\/site-data/)
    expect(p.out.stderr).toMatch(/at .*main\.test\.ts/) // the stack, not just the message
    expect(p.out.stderr).toContain('EACCES: denied') // and what caused it
  })

  it('reports a thrown non-Error too', async () => {
    const p = fakeProcess()
    await runMain('build', () => Promise.reject('just a string'), p.deps)
    expect(p.out.code).toBe(1)
    expect(p.out.stderr).toContain("non-Error thrown: 'just a string'")
  })
})

describe('start: shutdown and readiness', () => {
  it('runs the shutdown once, with the first caller’s code', () => {
    const codes: number[] = []
    const stop = once((code: number) => void codes.push(code))
    expect(stop(0)).toBe(true)
    expect(stop(1)).toBe(false) // the admin exiting because it was told to stop
    expect(stop(0)).toBe(false) // a second Ctrl-C
    expect(codes).toEqual([0])
  })

  it('gives up waiting for a server that accepts connections but never answers', async () => {
    const hung = createServer(() => {}) // never responds
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r))
    const { port } = hung.address() as AddressInfo
    try {
      await expect(
        waitForHttp(`http://127.0.0.1:${port}/`, {
          timeoutMs: 600,
          attemptMs: 200,
          intervalMs: 50,
        }),
      ).rejects.toThrow(/no answer from .* within 1 s/)
    } finally {
      hung.closeAllConnections()
      hung.close()
    }
  })

  it('stops waiting at once when the server process has exited', async () => {
    const t0 = Date.now()
    await expect(
      waitForHttp('http://127.0.0.1:9/', { gaveUp: () => true, timeoutMs: 60_000 }),
    ).rejects.toThrow(/exited before it answered/)
    expect(Date.now() - t0).toBeLessThan(5_000)
  })

  it('resolves as soon as the server answers, whatever the status', async () => {
    const srv = createServer((_, res) => res.writeHead(500).end())
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    const { port } = srv.address() as AddressInfo
    try {
      await expect(
        waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 2000 }),
      ).resolves.toBeUndefined()
    } finally {
      srv.close()
    }
  })
})
