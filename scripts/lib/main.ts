/**
 * The one way every script entry (seed, export, build, start, eligibility, bench) runs: the
 * exit code is what `main` returns (0 when nothing), and any error is printed whole — message,
 * stack and cause — to stderr with a non-zero exit, never swallowed into a one-line summary.
 */
import { inspect } from 'node:util'

export type MainDeps = {
  exit: (code: number) => void
  stderr: { write: (s: string) => unknown }
}

const real: MainDeps = {
  exit: (code) => process.exit(code),
  stderr: process.stderr,
}

/** Everything known about an error, for a person reading a terminal or a CI log. */
export const describeError = (err: unknown): string =>
  err instanceof Error ? inspect(err, { depth: 6 }) : `non-Error thrown: ${inspect(err)}`

export async function runMain(
  name: string,
  main: () => Promise<number | void> | number | void,
  deps: MainDeps = real,
): Promise<number> {
  let code: number
  try {
    code = (await main()) ?? 0
  } catch (err) {
    deps.stderr.write(`[${name}] failed: ${describeError(err)}\n`)
    code = 1
  }
  deps.exit(code)
  return code
}
