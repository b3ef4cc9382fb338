import { readFileSync } from 'node:fs'
import { readSiteData } from './search/source'
import { toRecords } from './search/records'
import { buildStaticIndex } from './search/static/build'
import { StaticIndex } from './search/static/query'
const t0 = Date.now()
const r = toRecords(readSiteData('.cache/site-data'))
buildStaticIndex(r, '/tmp/sidx', console.log)
console.log('build ms', Date.now() - t0)
const fetcher = async (p: string) => JSON.parse(readFileSync('/tmp/sidx' + p, 'utf8'))
for (const [lang, q] of [['zh-CN','养老机构'],['zh-CN','養老機構'],['zh-CN','yanglao'],['zh-CN','yang lao'],['zh-CN','ylj'],['zh-CN','cek ham'],['zh-CN','cekham'],['zh-CN','Chikan'],['zh-CN','敬老院'],['zh-CN','养老机购'],['zh-CN','dibbao'],['zh-CN','tekunn'],['zh-CN','低保'],['zh-Hant','低保'],['en','dibao'],['en','elder care'],['zh-CN','xyzqq'],['zh-CN','赤坎'], ['zh-CN','福利院'],['zh-CN','kpsflY']]) {
  const idx = new StaticIndex('/search/' + lang, '/search', fetcher)
  const o = await idx.search(q)
  const titles = await Promise.all(o.docs.slice(0, 3).map(async (d) => (await idx.doc(d)).title))
  console.log(lang, q, o.docs.length, o.mode, o.suggestion ?? '', titles.join(' | '))
}
