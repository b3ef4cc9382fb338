/**
 * Eligibility check for caseworkers:
 *
 *   npx tsx scripts/eligibility.ts household.json [--date YYYY-MM-DD] [--locale zh-CN|zh-Hant|en]
 *
 * Prints { date, results } as JSON on stdout and nothing else. The date is --date, else the
 * household's `date`, else today in Kaiping (Asia/Shanghai). Bad input → message on stderr
 * naming the field, exit code 2. Programme records that cannot be loaded → exit code 1.
 * The programmes are the published CMS records (the embedded database is seeded if empty).
 */
import { readFileSync } from 'node:fs'
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
import { loadPublishedProgrammes } from './lib/programmes-source'
import { runMain } from './lib/main'

class InputError extends Error {}

type Args = { file: string; date?: string; locale?: Locale }

function parseArgs(argv: string[]): Args {
  const rest: string[] = []
  const opts: { date?: string; locale?: string } = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    if (flag === '--date' || flag === '--locale') {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new InputError(`${flag} needs a value`)
      opts[flag === '--date' ? 'date' : 'locale'] = value
    } else if (flag.startsWith('--')) {
      throw new InputError(`unknown option ${flag}`)
    } else rest.push(argv[i])
  }
  if (rest.length !== 1)
    throw new InputError(
      'usage: tsx scripts/eligibility.ts household.json [--date YYYY-MM-DD] [--locale zh-CN|zh-Hant|en]',
    )
  if (opts.date !== undefined && !isIsoDate(opts.date))
    throw new InputError(`--date: must be a real date written YYYY-MM-DD, got "${opts.date}"`)
  const locale = opts.locale
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw new InputError(`--locale: must be one of ${LOCALES.join(', ')}, got "${locale}"`)
  }
  return { file: rest[0], date: opts.date, locale: locale as Locale | undefined }
}

function readHousehold(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new InputError(`${file} is not valid JSON: ${(err as Error).message}`)
  }
}

async function main(): Promise<number> {
  let args: Args
  let household
  try {
    args = parseArgs(process.argv.slice(2))
    household = parseHousehold(readHousehold(args.file))
  } catch (err) {
    if (err instanceof InputError || err instanceof HouseholdError) {
      process.stderr.write(`eligibility: ${err.message}\n`)
      return 2
    }
    throw err
  }
  let programmes
  try {
    programmes = await loadPublishedProgrammes()
  } catch (err) {
    process.stderr.write(`eligibility: cannot load programme records: ${(err as Error).message}\n`)
    return 1
  }
  const date = args.date ?? household.date ?? todayInKaiping()
  const evaluation = evaluate(household, { date, programmes })
  const output = args.locale ? flattenLocale(evaluation, args.locale) : evaluation
  process.stdout.write(JSON.stringify(output, null, 2) + '\n')
  return 0
}

void runMain('eligibility', main)
