/**
 * The facility register import and export through the admin's REST endpoints, on a temporary
 * SQLite file: a file with good and bad rows imports nothing and says why, row by row; good rows
 * import in one transaction; the export re-imports unchanged (same shape), as CSV and XLSX.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFixture, startTestCms, type TestCms } from './helpers/payload'

let cms: TestCms
const tokens: Record<string, string> = {}

beforeAll(async () => {
  cms = await startTestCms()
  await seedFixture(cms.payload)
  for (const role of ['publisher', 'editor']) {
    const email = `${role}@register.localhost`
    const password = 'a-long-test-password'
    await cms.payload.create({ collection: 'users', data: { email, password, role } as never })
    const { token } = await cms.payload.login({ collection: 'users', data: { email, password } })
    tokens[role] = token!
  }
})
afterAll(async () => cms?.close())

type Report = {
  ok: boolean
  written: boolean
  message: string
  created: { slug: string; changes: string[] }[]
  updated: { slug: string; changes: string[] }[]
  unchanged: { slug: string }[]
  refused: { row: number; reasons: string[] }[]
}

const HEAD =
  'slug,name_zh-CN,name_en,kind,town,stars,beds,nursing_beds,medical,fee_min,fee_max,vacancies,vacancies_as_of,summary_zh-CN,source,source_location'
const GOOD = [
  'fuliyuan,,,,,,120,80,是,,,5,2026-06,,,',
  'xin-yiyangyuan,开平市新颐养院,New Care Home,care-home,changsha,,60,,,1800,2600,,,新建的养老机构。,test-plan,第一章',
]
const BAD = [
  'bad-kind,坏类型,,hotel,changsha,,,,,,,,,简介,test-plan,第一章',
  'xin-2,新二,,care-home,,,十,,,3000,2000,,,简介,test-plan,第一章',
  'xin-3,新三,,care-home,,,,,,,,,,,,',
  ',开平市福利院,,,,,,,,,,3,2026-13,,,',
]
const csv = (rows: string[]) => new Blob([[HEAD, ...rows].join('\r\n')], { type: 'text/csv' })

async function upload(
  file: Blob,
  name: string,
  { role = 'publisher', dryRun = false, lang = 'zh' } = {},
): Promise<{ status: number; body: Report }> {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const form = new FormData()
  form.append('file', file, name)
  const res = await REST_POST(cms.config)(
    new Request(`http://localhost/api/facilities/register/import${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      body: form,
      headers: { Authorization: `JWT ${tokens[role]}`, 'Accept-Language': lang },
    }),
    { params: Promise.resolve({ slug: ['facilities', 'register', 'import'] }) },
  )
  return { status: res.status, body: (await res.json()) as Report }
}

async function download(format: 'csv' | 'xlsx'): Promise<Blob> {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const res = await REST_GET(cms.config)(
    new Request(`http://localhost/api/facilities/register/export?format=${format}`, {
      headers: { Authorization: `JWT ${tokens.publisher}` },
    }),
    { params: Promise.resolve({ slug: ['facilities', 'register', 'export'] }) },
  )
  expect(res.status).toBe(200)
  return res.blob()
}

type Stored = Record<string, unknown> & {
  medicalIntegration: { enabled: boolean }
  starRating: { stars: number }
  beds?: number | null
}
const stored = async (slug: string, draft = false) =>
  (
    await cms.payload.find({
      collection: 'facilities',
      where: { slug: { equals: slug } },
      draft,
      depth: 0,
    })
  ).docs[0] as unknown as Stored | undefined

describe('facility register import', () => {
  it('a file with bad rows imports nothing and names each refused row and column', async () => {
    const { status, body } = await upload(csv([...GOOD, ...BAD]), 'register.csv')
    expect(status).toBe(422)
    expect(body.written).toBe(false)
    expect(body.message).toBe('有 4 行未通过检查，本次没有导入任何内容。请修正后重新上传。')
    const byRow = Object.fromEntries(body.refused.map((r) => [r.row, r.reasons.join(' | ')]))
    expect(Object.keys(byRow)).toEqual(['4', '5', '6', '7'])
    expect(byRow[4]).toContain('kind：“hotel”不是可选值')
    expect(byRow[5]).toContain('beds：“十”应为整数')
    expect(byRow[5]).toContain('fee_max：最高收费不能低于最低收费')
    expect(byRow[6]).toContain('summary_zh-CN：必填')
    expect(byRow[7]).toContain('与第 2 行是同一家机构')
    expect(byRow[7]).toContain('vacancies_as_of：“2026-13”日期应写成')
    // what the good rows would have done is reported, but nothing was written
    expect(body.updated.map((u) => u.slug)).toEqual(['fuliyuan'])
    expect((await stored('fuliyuan'))?.beds ?? null).toBeNull()
    expect(await stored('xin-yiyangyuan', true)).toBeUndefined()
  })

  it('speaks the editor’s language', async () => {
    const { body } = await upload(csv(BAD.slice(0, 1)), 'register.csv', { lang: 'en' })
    expect(body.message).toBe(
      '1 row(s) failed the checks, so nothing was imported. Fix them and upload again.',
    )
    expect(body.refused[0].reasons).toContain(
      'kind: “hotel” is not one of: care-home, regional-centre, day-care, home-care-station, rural-happiness-home, elder-canteen',
    )
  })

  it('good rows: a preview writes nothing; the import creates and updates, published, with a report', async () => {
    const preview = await upload(csv(GOOD), 'register.csv', { dryRun: true })
    expect(preview.body.message).toBe('预览（未写入）：将新建 1 家，更新 1 家，0 家无变化。')
    expect(await stored('xin-yiyangyuan', true)).toBeUndefined()

    const { status, body } = await upload(csv(GOOD), 'register.csv')
    expect(status).toBe(200)
    expect(body.message).toBe('已导入：新建 1 家，更新 1 家，0 家无变化。')
    expect(body.updated[0].changes).toEqual([
      'beds',
      'nursing_beds',
      'medical',
      'vacancies',
      'vacancies_as_of',
    ])
    const fuli = await stored('fuliyuan')
    expect(fuli).toMatchObject({ beds: 120, nursingBeds: 80, _status: 'published' })
    expect(fuli?.medicalIntegration.enabled).toBe(true)
    expect(fuli?.vacancies).toMatchObject({ count: 5, asOf: '2026-06' })
    // what the row did not mention is kept: the star rating and its citation
    expect(fuli?.starRating.stars).toBe(4)
    const xin = await stored('xin-yiyangyuan')
    expect(xin).toMatchObject({
      name: '开平市新颐养院',
      beds: 60,
      monthlyFee: { min: 1800, max: 2600 },
    })
    // the file names the cited policy by slug; the CMS stores the relationship to it
    const plan = (
      await cms.payload.find({
        collection: 'policies',
        where: { slug: { equals: 'test-plan' } },
        depth: 0,
      })
    ).docs[0]
    expect(xin?.citations).toMatchObject([{ source: plan.id, location: '第一章' }])

    const again = await upload(csv(GOOD), 'register.csv')
    expect(again.body.message).toBe('已导入：新建 0 家，更新 0 家，2 家无变化。')
  })

  it('an editor’s import is saved as a draft: the public version does not change', async () => {
    const { body } = await upload(csv(['fuliyuan,,,,,,121,,,,,,,,,']), 'r.csv', { role: 'editor' })
    expect(body.ok).toBe(true)
    expect((await stored('fuliyuan'))?.beds).toBe(120)
    expect((await stored('fuliyuan', true))?.beds).toBe(121)
  })

  it('a row that fails while writing rolls back the rows before it', async () => {
    // chikan is a valid town in the schema but not in this test database
    const { status, body } = await upload(
      csv([
        'fuliyuan,,,,,,150,,,,,,,,,',
        'xin-4,新四,,care-home,chikan,,,,,,,,,简介,test-plan,第一章',
      ]),
      'r.csv',
    )
    expect(status).toBe(500)
    expect(body.message).toMatch(/^第 3 行写入失败.*本次没有导入任何内容。$/)
    expect((await stored('fuliyuan', true))?.beds).toBe(121)
  })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`the ${format.toUpperCase()} export has the import's shape: re-importing it changes nothing`, async () => {
      const file = await download(format)
      if (format === 'csv') {
        const text = await file.text()
        expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(
          /^slug,name_zh-CN,name_zh-Hant,name_en,kind,/,
        )
        expect(text).toContain('xin-yiyangyuan,开平市新颐养院')
      }
      const { body } = await upload(file, `facilities.${format}`)
      expect(body.refused).toEqual([])
      expect(body.created).toEqual([])
      expect(body.updated).toEqual([])
      expect(body.unchanged.map((u) => u.slug).sort()).toEqual(['fuliyuan', 'xin-yiyangyuan'])
    })
  }

  it('refuses anonymous uploads and files that are not CSV or XLSX', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const form = new FormData()
    form.append('file', csv(GOOD), 'r.csv')
    const anon = await REST_POST(cms.config)(
      new Request('http://localhost/api/facilities/register/import', {
        method: 'POST',
        body: form,
      }),
      { params: Promise.resolve({ slug: ['facilities', 'register', 'import'] }) },
    )
    expect(anon.status).toBe(403)
    const { status, body } = await upload(new Blob(['x']), 'r.txt')
    expect(status).toBe(400)
    expect(body.message).toBe('请选择 .csv 或 .xlsx 文件。')
  })
})
