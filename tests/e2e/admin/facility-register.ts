/**
 * The facility register's upload box above the facilities list (cms/facility-register/), driven
 * in Chromium as staff use it on the running `npm start`: a file with one good and one bad row
 * is refused as a whole with a report, and the export link downloads the register.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEADERS } from '../../../cms/facility-register/columns'
import { readRegister } from '../../../cms/facility-register/spreadsheet'
import { launch } from '../helpers/browser'
import { signIn, type Stack } from './session'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/**
 * Row 2 gives the welfare home a bed count (valid); row 3 a bed count in words (refused).
 * slug and name_zh-CN are the columns every file needs; an empty cell keeps the stored value.
 */
const UPLOAD = ['slug,name_zh-CN,beds', 'kaiping-fuliyuan,,120', 'donghua-yiyangyuan,,十'].join(
  '\r\n',
)

export function describeFacilityRegister(stack: Stack) {
  describe('the facility register upload box in the admin', () => {
    let browser: Browser
    let page: Page
    const box = () => page.locator('section.register-import')
    /** The stored (latest, draft included) bed count, as the admin API gives it to staff. */
    const storedBeds = async (slug: string) => {
      const res = await page.request.get(
        `${stack.admin}/api/facilities?where[slug][equals]=${slug}&draft=true&depth=0`,
      )
      expect(res.status()).toBe(200)
      const { docs } = (await res.json()) as { docs: { beds?: number | null }[] }
      expect(docs).toHaveLength(1)
      return docs[0].beds ?? null
    }

    beforeAll(async () => {
      browser = await launch()
      page = await signIn(browser, stack)
      await page.goto(`${stack.admin}/admin/collections/facilities`)
      await box().waitFor()
    })
    afterAll(() => browser?.close())

    it('a file with a good and a bad row: the report names the change and the refused row, and nothing is imported', async () => {
      const before = await storedBeds('kaiping-fuliyuan')
      expect(before).not.toBe(120)
      await box()
        .locator('input[type=file]')
        .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(UPLOAD) })
      await box().getByRole('button', { name: '导入' }).click()
      const report = box().locator('[role=status]')
      await report.getByText('本次没有导入任何内容').waitFor({ timeout: 60_000 })
      const text = await report.innerText()
      expect(text).toContain('有 1 行未通过检查，本次没有导入任何内容。请修正后重新上传。')
      expect(text).toMatch(/行 3 \(donghua-yiyangyuan\)：beds：“十”应为整数/)
      // what the good row would have changed
      await report.locator('summary', { hasText: '更新：1' }).click()
      expect(await report.innerText()).toMatch(
        /行 2 · 开平市福利院 \(kaiping-fuliyuan\) — 变化的列：beds/,
      )
      // all or nothing: the good row was not written either
      expect(await storedBeds('kaiping-fuliyuan')).toBe(before)
    })

    it('the export link downloads the register as CSV in the columns the import reads', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        box().getByRole('link', { name: '导出 CSV' }).click(),
      ])
      expect(download.suggestedFilename()).toBe('facilities.csv')
      const csv = readFileSync((await download.path())!)
      const header = csv
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]
      expect(header.split(',')).toEqual(HEADERS)
      const { rows, problems } = await readRegister(csv, 'csv', 'zh')
      expect(problems).toEqual([])
      expect(rows).toHaveLength(readdirSync('content/facilities').length)
      const home = rows.find((r) => r.cells.slug === 'kaiping-fuliyuan')!
      expect(home.cells['name_zh-CN']).toBe('开平市福利院')
      expect(home.cells.stars).toBe('4')
      expect(home.cells.beds ?? '').toBe('') // the refused import changed nothing
    })

    it('axe: the upload box and its report have no violations (Payload’s own list view is reported)', async () => {
      const ours = await new AxeBuilder({ page }).include('section.register-import').withTags(TAGS)
      expect((await ours.analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
      const all = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const payloads = all.violations.map(
        (v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`,
      )
      console.info(`[e2e] axe on Payload's facilities list view: ${payloads.join('; ') || 'none'}`)
    })
  })
}
