/** The questionnaire as a resident uses it: shared steps for the eligibility e2e tests. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { phone } from './browser'

export const base = inject('baseURL')
export const question = (p: Page) => p.locator('.elig-question')
export const focusedIsHeading = (p: Page) =>
  p.evaluate(() => document.activeElement?.classList.contains('elig-question') ?? false)
export const likely = (p: Page) => p.locator('.elig-group-likely .elig-card h4').allTextContents()

export async function open(p: Page, path: string) {
  await p.goto(`${base}${path}`)
  await p.waitForLoadState('networkidle')
}

/**
 * A 75-year-old living alone answers every question (keyboard for the first two) and reaches
 * the results. `onFirstQuestion` runs once the first question shows (to watch the network).
 */
export async function answerAsElderLivingAlone(
  page: Page,
  onFirstQuestion: () => Promise<void> = async () => {},
) {
  await open(page, '/eligibility/')
  await expect(question(page).textContent()).resolves.toBe('您的户口在哪里？')
  await expect(page.locator('#elig-progress-text').textContent()).resolves.toBe(
    '第 1 步，共约 9 步',
  )
  await onFirstQuestion()

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
}

/** A fresh phone with the elder's results on screen: each test starts from its own state. */
export async function elderResults(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phone(browser)
  const page = await context.newPage()
  await answerAsElderLivingAlone(page)
  await page.locator('.elig-results').waitFor()
  return { context, page }
}
