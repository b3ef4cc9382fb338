import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { linkTree } from './scripts/lib/link-tree'
const dir = mkdtempSync(path.join(tmpdir(), 'lt-'))
const src = path.join(dir, 'dist')
const page = 'x'.repeat(20_000)
for (let i = 0; i < 13447; i++) { const d = path.join(src, `s${i % 7}`, `p${i}`); mkdirSync(d, { recursive: true }); writeFileSync(path.join(d, 'index.html'), page) }
let t = Date.now(); cpSync(src, path.join(dir, 'copy'), { recursive: true }); console.log('cpSync', (Date.now() - t) / 1000, 's')
t = Date.now(); linkTree(src, path.join(dir, 'link')); console.log('linkTree', (Date.now() - t) / 1000, 's')
rmSync(dir, { recursive: true, force: true })
