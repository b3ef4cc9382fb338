/**
 * The public site's rebuild status in the admin, in Chromium, on the running `npm start`: a
 * publish in the edit view says "updating…" and then the outcome of the rebuild that includes
 * it; the dashboard panel shows the real rebuild's time, kind and duration, and with a failed
 * rebuild recorded (as the rebuilder records one) an alert.
 */
import { AxeBuilder } from '@axe-core/playwright'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRebuildStatus, statusFile, writeRebuildStatus } from '../../../cms/siteStatus'
import { kaipingTime } from '../../../cms/siteStatusText'
import { launch } from '../helpers/browser'
import { signIn, waitFor, type Stack } from './session'

const panelViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .include('[data-site-status]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.help}`)

export function describeSiteStatus(stack: Stack) {
  describe('the admin dashboard says how the last site rebuild went', () => {
    let browser: Browser
    let page: Page
    const file = () => statusFile(path.join(stack.work, 'site-data'))

    beforeAll(async () => {
      browser = await launch()
      page = await signIn(browser, stack)
    })
    afterAll(() => browser?.close())

    it('publishing in the edit view: "updating the public site…", then the rebuild that includes it', async () => {
      const found = await page.request.get(
        `${stack.admin}/api/programmes?where[slug][equals]=dibao&depth=0`,
      )
      const { docs } = (await found.json()) as { docs: { id: number }[] }
      await page.goto(`${stack.admin}/admin/collections/programmes/${docs[0].id}`)
      const summary = `发布后网站更新提示测试 ${Date.now()}`
      await page.locator('#field-summary').fill(summary)
      await page.getByRole('button', { name: '发布修改' }).click()
      const note = page.locator('[data-publish-status]')
      await note.waitFor()
      // "updating…" (while the rebuild runs), then its outcome
      await page.locator('[data-publish-status=ok]').waitFor({ timeout: 90_000 })
      expect(await note.innerText()).toMatch(
        /网站最近一次更新：\d{4}-\d\d-\d\d \d\d:\d\d（北京时间）/,
      )
      // and it is true: the public page has the new summary
      const html = await fetch(`${stack.site}/programmes/dibao/`).then((r) => r.text())
      expect(html).toContain(summary)
    })

    it('after a publish: when the site was rebuilt, partial or full, how long', async () => {
      // the publishes above have been rebuilt; the rebuilder records the outcome right after
      const status = await waitFor(() => {
        const s = readRebuildStatus(file())
        return s?.trigger === 'publish' ? s : undefined
      })
      expect(status.ok).toBe(true)
      await page.goto(`${stack.admin}/admin`)
      const panel = page.locator('[data-site-status]')
      const text = await panel.innerText()
      expect(text).toContain('公众网站更新状态')
      expect(text).toContain(`网站最近一次更新：${kaipingTime(status.at)}（北京时间）`)
      expect(text).toContain(status.kind === 'partial' ? '部分重建' : '完整重建')
      expect(text).toContain(`用时 ${status.seconds} 秒`)
      expect(await panel.getAttribute('data-site-status')).toBe('ok')
      expect(await page.locator('[role=alert]', { hasText: '发布未能更新网站' }).count()).toBe(0)
      expect(await panelViolations(page)).toEqual([])
    })

    it('a failed rebuild: an alert that the public still sees the previous site, with the error', async () => {
      const good = readRebuildStatus(file())!
      writeRebuildStatus(
        {
          ok: false,
          at: new Date().toISOString(),
          kind: 'partial',
          seconds: 12.5,
          message: '[site] astro build failed (exit code 1): e2e',
          trigger: 'publish',
        },
        file(),
      )
      try {
        await page.reload()
        const alert = page.locator('[data-site-status] [role=alert]')
        const text = await alert.innerText()
        expect(text).toContain('发布未能更新网站，公众仍看到上一版网站')
        expect(text).toContain('下一次发布（或重新启动 npm start）会完整重建整个网站')
        expect(text).toContain('[site] astro build failed (exit code 1): e2e')
        expect(await panelViolations(page)).toEqual([])
        // in the editor's language
        await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: stack.admin }])
        await page.reload()
        expect(await alert.innerText()).toContain(
          'A publish did not update the site: the public still sees the previous version',
        )
      } finally {
        writeRebuildStatus(good, file())
        await page.context().clearCookies({ name: 'payload-lng' })
      }
    })
  })
}
