/**
 * Content lint: what an editor or a reader would catch in content/ — run in `npm test`.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadContent, normalise, type Content } from '../../content/schema/load'

const content: Content = loadContent()
const plan = normalise(readFileSync('content/sources/kaiping-14th-plan-2021-09.txt', 'utf8'))
type Rec = { file: string; data: Record<string, unknown> }
const all: Rec[] = Object.entries(content).flatMap(([k, v]) => (k === 'site' ? [] : (v as Rec[])))

/** Every string in a record, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k))
  return []
}

describe('content lint', () => {
  it('has the records the site promises', () => {
    expect(content.towns).toHaveLength(15)
    expect(
      content.indicators.filter((r) => !r.data.row.includes('-')).map((r) => r.data.row),
    ).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)))
    const stars = content.facilities
      .filter((f) => f.data.starRating)
      .map((f) => [f.data.name['zh-CN'], f.data.starRating!.stars])
    expect(stars).toEqual(
      expect.arrayContaining([
        ['开平市福利院', 4],
        ['开平市东华颐养院', 3],
        ['开平市三埠美仙养老院', 3],
        ['开平市水口镇颐养院', 1],
        ['开平市金鸡镇颐养院', 1],
      ]),
    )
    expect(content['place-stories'].map((p) => p.data.town).sort()).toEqual(
      [...new Set(content.towns.map((t) => t.data.slug))].sort(),
    )
    for (const slug of ['cishan-chaoshi', 'jinqiu-zhuxue', 'guanai-liushou-ertong']) {
      expect(content['charity-projects'].map((c) => c.data.slug)).toContain(slug)
    }
  })

  it('cites the plan for every figure it takes from it, with a quote found in the plan', () => {
    const problems: string[] = []
    for (const { file, data } of content.programmes) {
      for (const a of data.amounts) {
        const q = a.citation.quote ? normalise(a.citation.quote) : ''
        if (a.citation.source !== 'kaiping-14th-plan') continue
        if (!q || !plan.includes(q)) problems.push(`${file}: amount ${a.key} has no verbatim quote`)
        else if (!q.includes(String(a.value)))
          problems.push(
            `${file}: amount ${a.key}=${a.value} is not in its quote "${a.citation.quote}"`,
          )
      }
    }
    for (const { file, data } of content.facilities) {
      const s = data.starRating
      if (
        s &&
        !(
          s.citation.quote &&
          normalise(s.citation.quote).includes(['', '一', '二', '三', '四', '五'][s.stars] + '星级')
        )
      ) {
        problems.push(`${file}: star rating without a quote naming it`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes no number into programme and facility text that none of its citations contains', () => {
    const problems: string[] = []
    for (const { file, data } of [...content.programmes, ...content.facilities] as Rec[]) {
      const quotes = strings(data)
        .filter(([p]) => /quote$/.test(p))
        .map(([, q]) => normalise(q))
        .join('|')
      for (const [path, text] of strings(data)) {
        if (!/^(summary|whoCanApply|name)\.zh-CN$/.test(path)) continue
        for (const m of normalise(text).matchAll(/(\d+(?:\.\d+)?)(?=万?元|%|个|家|张|人次|宗)/g)) {
          if (!quotes.includes(m[1]))
            problems.push(`${file}: ${path} says ${m[0]}… but no citation quote contains ${m[1]}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('shows no placeholder data as real', () => {
    const problems: string[] = []
    for (const { file, data } of all) {
      for (const [path, text] of strings(data)) {
        if (
          /示例|待核实|TODO|TBD|lorem|xxx/i.test(text) &&
          !/（示例）|（待核实）|\(example\)|\(to be verified\)/i.test(text)
        ) {
          problems.push(`${file}: ${path} has unmarked placeholder text`)
        }
        if (/^(phone|address)/.test(path) && /(\d)\1{5,}|1234567|0000/.test(text))
          problems.push(`${file}: ${path} looks invented`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes Traditional Chinese text in Traditional characters', () => {
    const simplifiedOnly =
      /[们这个为说时国会来对发经关门见长东车书问学实现两业与众务区医华单应张开报护无边费资养儿亲战岁剧乐团离录观证识变获让请计议讯论设许诉贫购馆饭银钱铁钟闻陈阳际陆难韩页顺领风飞饮马鸡龙亿仅从价优伤传体兴农决况冲净凭剂办动劳势厅压厂县参双号吗听启员响囯图围圆圣场块坚坛垦执处备复夸头夹奋妇妈娱孙宁宝宠审宫宽寻导寿将尔尘尝尽层属岛峡币师帮带帐广庆庐库庙废异弃弹强归当彻径忆忧怀态怜总恋恳恶恼悬惊惯愤戏户扑扩扫扬扰抚抛抢担拟拥择挂挡挤挥捞损换据掷搅携摄摆摇撑撵敌数斋断旧旷昼显晒晓晕暂术机杀杂权条杨极构枪柜标栏树样档桥桨梦检棂椭楼欢欧殁残毁毕气汇汉汤沟没沪泪泽洁洒浅浆测济浏浑浓涂润涛涝涨渊渐温湾湿满滚滞滤滥滩潇潜澜灭灯灵灾炉点炼烁烂烟烦烧热焕爱爷牍牵牺犹状独狭狮猎猫献玛环琐电画畅疗疟疡疮疯症痒痪瘫癌盏盐监盖盘瞒矫矿码砖础硕确碍礼祸种积称稳窃窍窑窜窝竞笔笼筑简粮紧纠红纤约级纪纯纲纳纵纷纸纹纺线练组细织终绍结绕绘给络绝统继绩绪续维绵综绿缓编缘缝缩网罚罢罗翘耸耻聂职联聪肃肠肤肾肿胀胁胆胜胶脉脏脑脚脱脸腊腾舰艰艺节芦苏苹茎荐荡荣药莱莹营萧萨蓝虑虚虫虾蚀蚂蛮补装规视览觉誉订认讨训记讲讶访评诊词译试诗诚话诞询该详语误诸诺读课谁调谅谈谊谋谍谎谐谓谢谣谦谨谱贝贞负贡财责贤败货质贩贪贯贴贵贷贸贺贼赏赔赖赚赛赞赠赵趋跃践踪轨轩转轮软轰轻载轿较辅辆辈辉辑输辖辩辽达迁过迈运还进远违连迟选逊递逻遗邓邮邻郑酱释鉴针钓钢钥钳铃铅铜铭铺链销锁锅锋错锦锻镇镜闭闯闲间闷闸闹阀阁阅队阴阵阶陕险随隐隶雏雾霁静鞑韦韧顶项须顾顿颁颂预频颗题颜额飘饥饰饱饲饿驰驱驳驶驻驾驿骂骄验骑骗骚骤鱼鲁鲜鸟鸣鸦鸭鸿鹅鹤鹰麦黄齐齿龄龟]/
    const problems: string[] = []
    for (const { file, data } of all) {
      for (const [path, text] of strings(data)) {
        if (!path.endsWith('zh-Hant')) continue
        const m = text.match(simplifiedOnly)
        if (m) problems.push(`${file}: ${path} has the simplified character ${m[0]}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('links only to pages the site has', () => {
    const routes = new Set([
      '/',
      '/programmes/',
      '/facilities/',
      '/policies/',
      '/charity/',
      '/places/',
      '/indicators/',
      '/eligibility/',
    ])
    const sections: [keyof Content, string][] = [
      ['programmes', 'programmes'],
      ['facilities', 'facilities'],
      ['policies', 'policies'],
      ['charity-projects', 'charity'],
      ['place-stories', 'places'],
    ]
    for (const [type, section] of sections)
      for (const r of content[type] as Rec[]) routes.add(`/${section}/${r.data.slug}/`)
    const links = [
      ...content.site.audiences.map((a) => ['content/site.yaml', a.href] as const),
      ...all.flatMap(({ file, data }) =>
        strings(data).flatMap(([, t]) =>
          [...t.matchAll(/\]\((\/[^)\s#]*)/g)].map((m) => [file, m[1]] as const),
        ),
      ),
    ]
    const broken = links
      .filter(([, href]) => !routes.has(href.split('#')[0]))
      .map(([f, h]) => `${f}: ${h}`)
    expect(broken).toEqual([])
  })
})
