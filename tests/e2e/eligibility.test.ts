/**
 * The eligibility questionnaire in real Chromium on a phone: a 75-year-old living alone answers
 * by keyboard and clicks, sees 特困 as likely with an estimate, with no network request from the
 * first question to the results; shares, prints and clears. Plus axe on every locale and state.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch, phone } from './helpers/browser'

const base = inject('baseURL')
let browser: Browser
let context: BrowserContext
let page: Page
let sharedUrl = ''
let likelyNames: string[] = []

beforeAll(async () => {
  browser = await launch()
  context = await phone(browser)
  page = await context.newPage()
})
afterAll(async () => browser?.close())

const question = (p: Page) => p.locator('.elig-question')
const focusedIsHeading = (p: Page) =>
  p.evaluate(() => document.activeElement?.classList.contains('elig-question') ?? false)
const likely = (p: Page) => p.locator('.elig-group-likely .elig-card h4').allTextContents()

async function open(p: Page, path: string) {
  await p.goto(`${base}${path}`)
  await p.waitForLoadState('networkidle')
}

describe('eligibility check for a 75-year-old living alone', () => {
  it('answers every question without a single network request and sees 特困 as likely', async () => {
    await open(page, '/eligibility/')
    await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
    await expect(page.locator('#elig-progress-text').textContent()).resolves.toBe(
      '第 1 步，共约 9 步',
    )
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    // What actually reached the network (not answered from the browser's cache).
    const network: string[] = []
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    cdp.on('Network.responseReceived', (e) => {
      if (!e.response.fromDiskCache && !e.response.fromServiceWorker) network.push(e.response.url)
    })

    // Keyboard only: radio group, then the continue button.
    await page.locator('#elig-residence-kaiping-hukou').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(question(page).textContent()).resolves.toBe('您家一共有几口人？')
    expect(await focusedIsHeading(page)).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.type('1')
    await page.keyboard.press('Enter')

    // One step per person: age and circumstances.
    await expect(question(page).textContent()).resolves.toBe('关于您自己')
    await expect(page.locator('#elig-progress-text').textContent()).resolves.toBe(
      '第 3 步，共约 9 步',
    )
    await page.locator('.elig-form button[type=submit]').click()
    await expect(page.locator('.elig-error').first().textContent()).resolves.toContain('请输入')
    await page.getByLabel('年龄（周岁）').fill('75')
    await page.getByLabel('以上都没有').check()
    await page.getByRole('button', { name: '继续' }).click()

    const answer = async (heading: string, label: string, fill?: string) => {
      await expect(question(page).textContent()).resolves.toBe(heading)
      if (fill !== undefined) await page.getByLabel(label).fill(fill)
      else await page.getByLabel(label, { exact: true }).check()
      await page.locator('.elig-form button[type=submit]').click()
    }
    await answer('全家每月的收入加起来大约多少元？', '每月收入（元）', '0')
    await answer('您家的存款、房产、车辆等财产，是否在当地规定的限额以内？', '是，在限额以内')
    await answer(
      '有没有人有能力供养您家，并且依法应当供养？',
      '没有（没有这样的亲属，或他们没有能力供养）',
    )
    await answer('最近家里是否遇到突发困难？', '没有')
    await answer('最近是否有家人去世，需要办理丧事？', '否')
    await expect(page.getByRole('button', { name: '查看结果' }).count()).resolves.toBe(1)
    await answer('您现在是否流落在外，没有住处、也没有生活来源？', '否')

    await expect(page.locator('#elig-results-title').textContent()).resolves.toBe('自测结果')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('elig-results-title')
    likelyNames = await likely(page)
    expect(likelyNames).toContain('特困人员救助供养')
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

    sharedUrl = page.url()
    // Nothing was asked for, not even an icon (the favicon is inline).
    expect(requests).toEqual([])
    expect(network).toEqual([])
    await cdp.detach()
    expect(sharedUrl).toMatch(/\/eligibility\/#a=[A-Za-z0-9_-]+$/)
  })

  it('reopens the shared link (answers in the fragment only) and sees the same results', async () => {
    const other = await phone(browser)
    const fresh = await other.newPage()
    const served: string[] = []
    fresh.on('request', (r) => served.push(r.url()))
    await open(fresh, sharedUrl.replace(base, ''))
    await fresh.locator('.elig-results').waitFor()
    expect(await likely(fresh)).toEqual(likelyNames)
    expect(served.every((u) => !u.includes('?'))).toBe(true)
    await other.close()
    await page.reload()
    await page.locator('.elig-results').waitFor()
    expect(await likely(page)).toEqual(likelyNames)
  })

  it('prints as an A4 申请准备单 without navigation or buttons', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.elig-print-title').isVisible()).toBe(true)
    await expect(page.locator('.elig-print-title').textContent()).resolves.toBe('申请准备单')
    expect(await page.locator('nav.main').isVisible()).toBe(false)
    expect(await page.locator('.elig-actions').isVisible()).toBe(false)
    expect(await page.locator('.elig-group-likely .elig-checklist').first().isVisible()).toBe(true)
    expect(await page.locator('.elig-hotline').isVisible()).toBe(true)
    expect(await page.locator('.elig-group-likely .elig-basis').first().isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    expect(await page.locator('.elig-print-title').isVisible()).toBe(false)
  })

  it('changes one answer from "your answers" and comes straight back to the results', async () => {
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
    expect(page.url()).not.toBe(sharedUrl)
  })

  it('clears the answers and starts again at the first question', async () => {
    await page.getByRole('button', { name: '清除我的回答' }).click()
    await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
    await expect(page.locator('.elig-notice').textContent()).resolves.toContain('已清除')
    expect(page.url()).not.toContain('#a=')
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
    expect(await page.locator('#elig-residence-kaiping-hukou').isChecked()).toBe(false)
  })

  it('says so, without crashing, when a shared link is damaged', async () => {
    await open(page, '/eligibility/#a=eyJ2IjoxLCJhIjp7Im1lbWJl')
    await expect(page.locator('.elig-notice').textContent()).resolves.toContain('无法读取')
    await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
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
      await open(page, path)
      await question(page).waitFor()
      expect(await axeViolations(page)).toEqual([])
    })
  }

  it('the results, with the unlikely programmes and the answers opened', async () => {
    await open(page, sharedUrl.replace(base, ''))
    await page.locator('.elig-results').waitFor()
    await page.locator('details.elig-unlikely summary').click()
    await page.locator('details.elig-summary summary').click()
    expect(await axeViolations(page)).toEqual([])
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
