/**
 * Eligibility check for caseworkers:
 *
 *   npm run --silent eligibility -- household.json [--date YYYY-MM-DD] [--locale zh-CN|zh-Hant|en]
 *   npm run --silent eligibility -- --batch households.jsonl   (or - for stdin)
 *
 * Prints { date, results } as JSON on stdout and nothing else. The date is --date, else the
 * household's `date`, else today in Kaiping (Asia/Shanghai). Bad input → message on stderr
 * naming the field, exit code 2. Programme records that cannot be loaded → exit code 1.
 * --batch reads one household per line and prints one JSON line per household, in order
 * ({ line, date, results } or { line, error }); a bad line does not stop the others (exit 2).
 * The programmes are the published CMS records (published-programmes.ts: a copy beside the
 * database while it is current; --refresh reads the CMS again).
 */
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import {
  evaluate,
  flattenLocale,
  HouseholdError,
  isIsoDate,
  LOCALES,
  parseHousehold,
  todayInKaiping,
  type Locale,
} from '../site/lib/eligibility/index'
import { loadPublishedProgrammes } from './lib/published-programmes'
import { runMain } from './lib/main'

class InputError extends Error {}

type Args = { file: string; date?: string; locale?: Locale; batch: boolean; refresh: boolean }

function parseArgs(argv: string[]): Args {
  const rest: string[] = []
  const opts: { date?: string; locale?: string } = {}
  const switches = { batch: false, refresh: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    if (flag === '--batch' || flag === '--refresh')
      switches[flag === '--batch' ? 'batch' : 'refresh'] = true
    else if (flag === '--date' || flag === '--locale') {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new InputError(`${flag} needs a value`)
      opts[flag === '--date' ? 'date' : 'locale'] = value
    } else if (flag.startsWith('--')) {
      throw new InputError(`unknown option ${flag}`)
    } else rest.push(argv[i])
  }
  if (rest.length !== 1)
    throw new InputError(
      'usage: npm run --silent eligibility -- household.json|--batch households.jsonl|- [--date YYYY-MM-DD] [--locale zh-CN|zh-Hant|en] [--refresh]',
    )
  if (opts.date !== undefined && !isIsoDate(opts.date))
    throw new InputError(`--date: must be a real date written YYYY-MM-DD, got "${opts.date}"`)
  const locale = opts.locale
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw new InputError(`--locale: must be one of ${LOCALES.join(', ')}, got "${locale}"`)
  }
  return { file: rest[0], date: opts.date, locale: locale as Locale | undefined, ...switches }
}

function readHousehold(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`)
  }
  return parseJson(text, file)
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new InputError(`${what} is not valid JSON: ${(err as Error).message}`)
  }
}

type Programmes = Awaited<ReturnType<typeof loadPublishedProgrammes>>

function check(raw: unknown, args: Args, programmes: Programmes) {
  const household = parseHousehold(raw)
  const date = args.date ?? household.date ?? todayInKaiping()
  const evaluation = evaluate(household, { date, programmes })
  return args.locale ? flattenLocale(evaluation, args.locale) : evaluation
}

const isInputError = (err: unknown): err is Error =>
  err instanceof InputError || err instanceof HouseholdError

/** One household per line in, one JSON line per household out, in order; blank lines skipped. */
async function batch(args: Args, programmes: Programmes): Promise<number> {
  const input = args.file === '-' ? process.stdin : undefined
  let lines: AsyncIterable<string> | string[]
  try {
    lines = input
      ? createInterface({ input, crlfDelay: Infinity })
      : readFileSync(args.file, 'utf8').split(/\r?\n/)
  } catch (err) {
    process.stderr.write(`eligibility: cannot read ${args.file}: ${(err as Error).message}\n`)
    return 2
  }
  let line = 0
  let bad = 0
  for await (const text of lines) {
    line += 1
    if (!text.trim()) continue
    let out: object
    try {
      out = { line, ...(check(parseJson(text, 'the line'), args, programmes) as object) }
    } catch (err) {
      if (!isInputError(err)) throw err
      bad += 1
      out = { line, error: err.message }
      process.stderr.write(`eligibility: line ${line}: ${err.message}\n`)
    }
    process.stdout.write(JSON.stringify(out) + '\n')
  }
  return bad ? 2 : 0
}

async function main(): Promise<number> {
  let args: Args
  let raw: unknown
  try {
    args = parseArgs(process.argv.slice(2))
    if (!args.batch) {
      raw = readHousehold(args.file)
      parseHousehold(raw) // bad input is reported before the records are loaded
    }
  } catch (err) {
    if (isInputError(err)) {
      process.stderr.write(`eligibility: ${err.message}\n`)
      return 2
    }
    throw err
  }
  let programmes
  try {
    programmes = await loadPublishedProgrammes({ refresh: args.refresh })
  } catch (err) {
    process.stderr.write(`eligibility: cannot load programme records: ${(err as Error).message}\n`)
    return 1
  }
  if (args.batch) return batch(args, programmes)
  process.stdout.write(JSON.stringify(check(raw, args, programmes), null, 2) + '\n')
  return 0
}

void runMain('eligibility', main)
