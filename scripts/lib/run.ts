/** Run a child command with its output prefixed, resolving with its exit code. */
import { spawn, type ChildProcess } from 'node:child_process'

export type RunOptions = {
  env?: Record<string, string | undefined>
  cwd?: string
  prefix: string
  quiet?: RegExp
  /** Hold the output back and print it (to stderr) only if the command fails. */
  buffer?: boolean
  /** Its own process group, so stopChildren() also ends what it starts (next start → next-server). */
  group?: boolean
}

/** Every child still running, so a stopping parent leaves none behind (stopChildren). */
const live = new Set<ChildProcess>()

/** End every child this process started and is still running (its whole group if it has one). */
export function stopChildren(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of live) {
    if (child.exitCode !== null || child.pid === undefined) continue
    try {
      if (groups.has(child)) process.kill(-child.pid, signal)
      else child.kill(signal)
    } catch {
      /* already gone */
    }
  }
}
const groups = new WeakSet<ChildProcess>()

export function start(cmd: string, args: string[], opts: RunOptions): ChildProcess {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.group ?? false,
  })
  live.add(child)
  if (opts.group) groups.add(child)
  child.on('exit', () => live.delete(child))
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buf = ''
    stream?.on('data', (chunk: Buffer) => {
      buf += chunk.toString()
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      for (const line of lines)
        if (line.trim() && !opts.quiet?.test(line))
          out.write(opts.prefix ? `${opts.prefix} ${line}\n` : `${line}\n`)
    })
    stream?.on(
      'end',
      () => buf.trim() && out.write(opts.prefix ? `${opts.prefix} ${buf}\n` : `${buf}\n`),
    )
  }
  if (opts.buffer) {
    const held: string[] = []
    child.stdout?.on('data', (c: Buffer) => held.push(c.toString()))
    child.stderr?.on('data', (c: Buffer) => held.push(c.toString()))
    child.on('exit', (code) => code !== 0 && process.stderr.write(held.join('')))
    return child
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  return child
}

export function run(cmd: string, args: string[], opts: RunOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = start(cmd, args, opts)
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function mustRun(cmd: string, args: string[], opts: RunOptions): Promise<void> {
  const code = await run(cmd, args, opts)
  if (code !== 0)
    throw new Error(`${opts.prefix} ${cmd} ${args.join(' ')} exited with code ${code}`)
}

/** Hides the spinner lines drizzle prints while it compares the schema. */
export const NOISE = /Pulling schema from database|\[⣷\]|\[✓\] Pulling|No email adapter provided/
