/**
 * The questionnaire's Back button (History API: a step back, not the page before) and the
 * 12-step family, and axe on every locale and state. Each test starts from its own phone.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launch, phone } from './helpers/browser'
import { base, elderResults, focusedIsHeading, open, question } from './helpers/eligibility'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

describe('the browser Back button steps through the questions', () => {
  it('goes back a question and forward again, keeping the answers, with no request', async () => {
    const ctx = await phone(browser)
    const p = await ctx.newPage()
    try {
      await open(p, '/eligibility/')
      const requests: string[] = []
      p.on('request', (r) => requests.push(r.url()))
      await p.locator('#elig-residence-kaiping-hukou').check()
      await p.getByRole('button', { name: '继续' }).click()
      await p.getByLabel('人数').fill('2')
      await p.getByRole('button', { name: '继续' }).click()
      await expect(question(p).textContent()).resolves.toBe('关于您自己')

      await p.goBack()
      await expect(question(p).textContent()).resolves.toBe('您家一共有几口人？')
      expect(await p.getByLabel('人数').inputValue()).toBe('2')
      await p.goBack()
      await expect(question(p).textContent()).resolves.toBe('您的户口在哪里？')
      expect(await p.locator('#elig-residence-kaiping-hukou').isChecked()).toBe(true)
      expect(p.url()).toBe(`${base}/eligibility/`) // still on the page, not the one before
      expect(await focusedIsHeading(p)).toBe(true)

      await p.goForward()
      await expect(question(p).textContent()).resolves.toBe('您家一共有几口人？')
      expect(requests).toEqual([])
    } finally {
      await ctx.close()
    }
  })

  it('takes a family of three with a disabled parent and a child to the results in 12 steps', async () => {
    const ctx = await phone(browser)
    const p = await ctx.newPage()
    try {
      await open(p, '/eligibility/')
      let steps = 0
      const next = async () => {
        steps++
        await p.locator('.elig-form button[type=submit]').click()
      }
      await p.locator('#elig-residence-kaiping-hukou').check()
      await next()
      await p.getByLabel('人数').fill('3')
      await next()
      // the parent: grade and kind of the certificate on the same step
      await p.getByLabel('年龄（周岁）').fill('40')
      await p.getByLabel('持有残疾人证').check()
      await p.getByLabel('二级').check()
      await p.getByLabel('肢体残疾').check()
      await next()
      await p.getByLabel('年龄（周岁）').fill('38')
      await p.getByLabel('以上都没有').check()
      await next()
      await p.getByLabel('年龄（周岁）').fill('10')
      await p.getByLabel('正在上学').check()
      await expect(p.locator('#elig-progress-text').textContent()).resolves.toBe(
        '第 5 步，共约 12 步',
      )
      await next()
      await p.getByLabel('都不是').check() // the children question
      await next()
      await p.getByLabel('每月收入（元）').fill('1500')
      await next()
      await p.getByLabel('是，在限额以内').check()
      await next()
      await p.getByLabel('有', { exact: true }).check()
      await next()
      await p.getByLabel('没有', { exact: true }).check()
      await next()
      await p.getByLabel('否', { exact: true }).check()
      await next()
      await p.getByLabel('否', { exact: true }).check()
      await next()
      await p.locator('.elig-results').waitFor()
      expect(steps).toBeLessThanOrEqual(12)
      const huli = p.locator('article[aria-labelledby="elig-p-canji-huli-butie"]')
      await expect(huli.locator('.elig-basis').textContent()).resolves.toContain('征求意见稿')
      // Back from the results: the last question, not the page before
      await p.goBack()
      await expect(question(p).textContent()).resolves.toBe(
        '您现在是否流落在外，没有住处、也没有生活来源？',
      )
    } finally {
      await ctx.close()
    }
  })
})

describe('eligibility accessibility (axe, WCAG 2.1 AA)', () => {
  for (const path of ['/eligibility/', '/zh-hant/eligibility/', '/en/eligibility/']) {
    it(path, async () => {
      const context = await phone(browser)
      const page = await context.newPage()
      await open(page, path)
      await question(page).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  }

  it('the results, with the unlikely programmes and the answers opened', async () => {
    const { context, page } = await elderResults(browser)
    try {
      await page.locator('details.elig-unlikely summary').click()
      await page.locator('details.elig-summary summary').click()
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('a person step showing its errors (English)', async () => {
    const fresh = await phone(browser)
    const p = await fresh.newPage()
    await open(p, '/en/eligibility/')
    await p.getByLabel('My hukou is in Kaiping').check()
    await p.getByRole('button', { name: 'Continue' }).click()
    await p.getByLabel('Number of people').fill('2')
    await p.getByRole('button', { name: 'Continue' }).click()
    await p.getByRole('button', { name: 'Continue' }).click()
    expect(await p.locator('.elig-error').count()).toBe(2)
    expect(await axeViolations(p)).toEqual([])
    await fresh.close()
  })
})
