/** Publish → live at one corpus size: runs publish-child.ts with the corpus's environment. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../cms/paths'

export async function measurePublishToLive(
  env: Record<string, string>,
  label: string,
): Promise<Record<string, number | string>> {
  process.stderr.write(`[bench] ${label}: publish → live …\n`)
  const r = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['bench/scale/publish-child.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 900_000,
    },
  )
  // the rebuild's own lines (export, partial build, search index, times): where the time goes
  for (const l of `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => /^\[(rebuild|search|export|site)\]/.test(l)))
    process.stderr.write(`[bench] ${label}:   ${l}\n`)
  const line = r.stdout.trim().split('\n').pop() ?? ''
  try {
    const out = JSON.parse(line) as Record<string, number>
    process.stderr.write(`[bench] ${label}: publish → live ${out.publishToLiveS} s\n`)
    return {
      'publish→live s': out.publishToLiveS,
      'errors while rebuilding': out.errorsDuringRebuild,
    }
  } catch {
    process.stderr.write(`[bench] ${label}: publish → live failed:\n${r.stderr.slice(-3000)}\n`)
    return { 'publish→live s': 'failed' }
  }
}
