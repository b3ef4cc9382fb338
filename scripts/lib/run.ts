/** Run a child command with its output prefixed, resolving with its exit code. */
import { spawn, type ChildProcess } from 'node:child_process'

export type RunOptions = {
  env?: Record<string, string | undefined>
  cwd?: string
  prefix: string
  quiet?: RegExp
  /** Hold the output back and print it (to stderr) only if the command fails. */
  buffer?: boolean
}

export function start(cmd: string, args: string[], opts: RunOptions): ChildProcess {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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
