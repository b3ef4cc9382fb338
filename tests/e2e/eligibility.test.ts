/**
 * The eligibility questionnaire in real Chromium on a phone: a 75-year-old living alone answers
 * by keyboard and clicks, sees 特困 as likely with an estimate, with no network request from the
 * first question to the results; shares, prints and clears. Each test starts from its own phone.
 * The Back button and axe: eligibility-flow.test.ts.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, phone } from './helpers/browser'
import {
  answerAsElderLivingAlone,
  base,
  elderResults,
  focusedIsHeading,
  likely,
  open,
  question,
} from './helpers/eligibility'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

describe('eligibility check for a 75-year-old living alone', () => {
  it('answers every question without a single network request and sees 特困 as likely', async () => {
    const context = await phone(browser)
    const page = await context.newPage()
    const requests: string[] = []
    // What actually reached the network (not answered from the browser's cache).
    const network: string[] = []
    const cdp = await context.newCDPSession(page)
    await answerAsElderLivingAlone(page, async () => {
      page.on('request', (r) => requests.push(r.url()))
      await cdp.send('Network.enable')
      cdp.on('Network.responseReceived', (e) => {
        if (!e.response.fromDiskCache && !e.response.fromServiceWorker) network.push(e.response.url)
      })
    })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('elig-results-title')
    expect(await likely(page)).toContain('特困人员救助供养')
    const tekun = page.locator('.elig-group-likely article[aria-labelledby="elig-p-tekun"]')
    await expect(tekun.locator('.elig-estimate').textContent()).resolves.toMatch(
      /约 1,440 元\/月[\s\S]*按2020年标准估算（已有 \d+ 年），现行标准请向窗口确认/,
    )
    // the rule's legal basis: the policy record's title and 文号, the plan's chapter and words
    await expect(tekun.locator('.elig-basis').textContent()).resolves.toMatch(
      /依据[\s\S]*《关于改革完善社会救助制度的意见》（中办发〔2020〕18号）/,
    )
    await expect(tekun.locator('.elig-cond-met .elig-state').first().textContent()).resolves.toBe(
      '符合',
    )
    expect(await tekun.locator('.elig-checklist input[type=checkbox]').count()).toBeGreaterThan(0)
    await expect(page.locator('details.elig-unlikely').getAttribute('open')).resolves.toBeNull()
    await expect(page.locator('.elig-cannot h3').textContent()).resolves.toBe(
      '这个工具不能判断的事',
    )

    // Nothing was asked for, not even an icon (the favicon is inline).
    expect(requests).toEqual([])
    expect(network).toEqual([])
    await cdp.detach()
    expect(page.url()).toMatch(/\/eligibility\/#a=[A-Za-z0-9_-]+$/)
    await context.close()
  })

  it('reopens the shared link (answers in the fragment only) and sees the same results', async () => {
    const { context, page } = await elderResults(browser)
    try {
      const names = await likely(page)
      const other = await phone(browser)
      const fresh = await other.newPage()
      const served: string[] = []
      fresh.on('request', (r) => served.push(r.url()))
      await open(fresh, page.url().replace(base, ''))
      await fresh.locator('.elig-results').waitFor()
      expect(await likely(fresh)).toEqual(names)
      expect(served.every((u) => !u.includes('?'))).toBe(true)
      await other.close()
      await page.reload()
      await page.locator('.elig-results').waitFor()
      expect(await likely(page)).toEqual(names)
    } finally {
      await context.close()
    }
  })

  it('prints as an A4 申请准备单 without navigation or buttons', async () => {
    const { context, page } = await elderResults(browser)
    try {
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.elig-print-title').isVisible()).toBe(true)
      await expect(page.locator('.elig-print-title').textContent()).resolves.toBe('申请准备单')
      expect(await page.locator('nav.main').isVisible()).toBe(false)
      expect(await page.locator('.elig-actions').isVisible()).toBe(false)
      expect(await page.locator('.elig-group-likely .elig-checklist').first().isVisible()).toBe(
        true,
      )
      expect(await page.locator('.elig-hotline').isVisible()).toBe(true)
      expect(await page.locator('.elig-group-likely .elig-basis').first().isVisible()).toBe(true)
      await page.emulateMedia({ media: 'screen' })
      expect(await page.locator('.elig-print-title').isVisible()).toBe(false)
    } finally {
      await context.close()
    }
  })

  it('changes one answer from "your answers" and comes straight back to the results', async () => {
    const { context, page } = await elderResults(browser)
    try {
      const before = page.url()
      await page.locator('details.elig-summary summary').click()
      await page
        .getByRole('button', { name: '修改“最近是否有家人去世，需要办理丧事？”的回答' })
        .click()
      await expect(question(page).textContent()).resolves.toBe('最近是否有家人去世，需要办理丧事？')
      expect(await focusedIsHeading(page)).toBe(true)
      await page.getByLabel('是', { exact: true }).check()
      await page.getByRole('button', { name: '查看结果' }).click()
      await page.locator('.elig-results').waitFor()
      expect(await likely(page)).toContain('殡葬基本服务免费（7项）')
      expect(page.url()).not.toBe(before)
    } finally {
      await context.close()
    }
  })

  it('clears the answers and starts again at the first question', async () => {
    const { context, page } = await elderResults(browser)
    try {
      await page.getByRole('button', { name: '清除我的回答' }).click()
      await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
      await expect(page.locator('.elig-notice').textContent()).resolves.toContain('已清除')
      expect(page.url()).not.toContain('#a=')
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
      expect(await page.locator('#elig-residence-kaiping-hukou').isChecked()).toBe(false)
    } finally {
      await context.close()
    }
  })

  it('says so, without crashing, when a shared link is damaged', async () => {
    const context = await phone(browser)
    const page = await context.newPage()
    await open(page, '/eligibility/#a=eyJ2IjoxLCJhIjp7Im1lbWJl')
    await expect(page.locator('.elig-notice').textContent()).resolves.toContain('无法读取')
    await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
    await context.close()
  })

  it('without JavaScript, says the check needs it and links to the programmes and the hotline', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const p = await noJs.newPage()
    await open(p, '/eligibility/')
    const message = p.locator('.elig-noscript')
    await expect(message.textContent()).resolves.toContain('JavaScript')
    expect(await message.locator('a[href="/programmes/"]').count()).toBe(1)
    expect(await message.locator('a[href^="tel:"]').count()).toBe(1)
    // the questionnaire rendered at build time is hidden: its buttons could not work
    expect(await p.locator('.elig-form').isVisible()).toBe(false)
    await noJs.close()
  })
})
