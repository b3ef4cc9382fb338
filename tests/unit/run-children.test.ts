import { afterEach, describe, expect, it } from 'vitest'
import { start, stopChildren } from '../../scripts/lib/run'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const until = async (ok: () => boolean, ms = 5000) => {
  for (const t0 = Date.now(); Date.now() - t0 < ms;) {
    if (ok()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return ok()
}

describe('stopChildren: npm start leaves no process behind', () => {
  afterEach(() => stopChildren('SIGKILL'))

  it('ends a grouped child and what it started itself (next start → next-server)', async () => {
    // the shell prints the pid of its own child, like `next start` starting next-server
    const child = start('sh', ['-c', 'sleep 30 & echo $!; wait'], { prefix: '', group: true })
    const grandchild = await new Promise<number>((resolve) =>
      child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
    )
    expect(alive(grandchild)).toBe(true)
    stopChildren('SIGTERM')
    expect(await until(() => !alive(grandchild))).toBe(true)
    expect(await until(() => child.exitCode !== null || child.signalCode !== null)).toBe(true)
  })

  it('ends a plain child (a rebuild under way)', async () => {
    const child = start('sleep', ['30'], { prefix: '' })
    stopChildren('SIGTERM')
    expect(await until(() => child.signalCode === 'SIGTERM')).toBe(true)
  })
})
