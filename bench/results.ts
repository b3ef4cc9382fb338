/** Where every bench writes its figures: bench/results/<name>.json (gitignored), with the time. */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../cms/paths'

/** `name` "latest", or a prefix that gets the date and time: "load" → load-2026-12-01T0854. */
export function writeResults(name: string, data: object, dated = true): void {
  const dir = path.join(ROOT, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const stamp = dated ? `-${new Date().toISOString().slice(0, 16).replace(':', '')}` : ''
  const file = path.join(dir, `${name}${stamp}.json`)
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), ...data }, null, 1))
  console.log(`[bench] wrote ${path.relative(ROOT, file)}`)
}
