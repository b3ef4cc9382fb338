/** Run one bench step as a child process and measure its wall time and peak memory (GNU time). */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * seconds: wall time; cpuSeconds: user + system CPU of the step and its children (GNU time),
 * which a shared machine's load inflates far less than wall time.
 */
export type Measured = {
  step: string
  seconds: number
  cpuSeconds?: number
  peakMB: number
  ok: boolean
}

const GNU_TIME = '/usr/bin/time'

export async function measure(
  step: string,
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-time-'))
  const out = path.join(dir, 'time.txt')
  const useTime = existsSync(GNU_TIME)
  const t0 = performance.now()
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      useTime ? GNU_TIME : cmd,
      useTime ? ['-f', '%M %U %S', '-o', out, cmd, ...args] : args,
      { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let tail = ''
    const keep = (b: Buffer) => (tail = (tail + b.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('close', (c) => {
      if (c !== 0) process.stderr.write(`[bench] ${step} failed (exit ${c}):\n${tail}\n`)
      resolve(c ?? 1)
    })
  })
  const seconds = (performance.now() - t0) / 1000
  // %M: the largest resident set of the process or any of its descendants, in KB; %U %S: CPU s
  const [kb, user, sys] =
    useTime && existsSync(out)
      ? readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
      : [0, NaN, NaN]
  rmSync(dir, { recursive: true, force: true })
  return {
    step,
    seconds: +seconds.toFixed(1),
    ...(Number.isFinite(user + sys) ? { cpuSeconds: +(user + sys).toFixed(1) } : {}),
    peakMB: Math.round(kb / 1024),
    ok: code === 0,
  }
}
