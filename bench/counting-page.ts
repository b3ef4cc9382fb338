/** A Chromium page on a site folder served on loopback, counting the bytes it downloads. */
import { launchChromium } from '../scripts/lib/chromium'
import { serverUrl, startStaticServer } from '../scripts/lib/static-server'

export async function countingPage(root: string) {
  const server = await startStaticServer(() => root, 0)
  const browser = await launchChromium()
  const close = async () => {
    await browser.close()
    server.close()
  }
  try {
    const page = await browser.newPage()
    const sizes: Promise<number>[] = []
    page.on('requestfinished', (req) =>
      sizes.push(
        req
          .sizes()
          .then((s) => s.responseBodySize + s.responseHeadersSize)
          // a request still finishing when the browser closes (e.g. the page's follow-up
          // fetches after the last measured query) must not crash the bench
          .catch(() => 0),
      ),
    )
    /** KB downloaded so far (headers and bodies). */
    const downloadedKB = async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024
    return { base: serverUrl(server), page, downloadedKB, close }
  } catch (err) {
    await close()
    throw err
  }
}
