import { chromium } from 'playwright-core'
import { startStaticServer } from './lib/static-server'
const server = await startStaticServer(() => 'dist', 4398)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const ctx = await browser.newContext({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
})
const page = await ctx.newPage()
for (const [name, url] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(`http://127.0.0.1:4398${url}`)
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true })
}
await browser.close()
server.close()
