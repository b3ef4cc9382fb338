/**
 * Staff endpoints of the facility register, mounted on the facilities collection:
 * POST /api/facilities/register/import (multipart field "file", CSV or XLSX; ?dryRun=1 previews)
 * GET  /api/facilities/register/export?format=csv|xlsx (the latest version of every facility)
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { toRow } from './columns'
import { docToRecord } from './fromDoc'
import { importRegister } from './importRegister'
import { messages, staffLang } from './messages'
import { formatOf, readRegister, writeRegister } from './spreadsheet'

const staff = (req: PayloadRequest) => hasRole(req.user, 'admin', 'publisher', 'editor')
const forbidden = (req: PayloadRequest) =>
  Response.json(
    {
      message:
        staffLang(req.i18n?.language) === 'en' ? 'Sign in as staff.' : '请以工作人员身份登录。',
    },
    { status: 403 },
  )

export const registerEndpoints: Endpoint[] = [
  {
    path: '/register/import',
    method: 'post',
    handler: async (req) => {
      if (!staff(req)) return forbidden(req)
      const lang = staffLang(req.i18n?.language)
      await addDataAndFileToRequest(req)
      const file = req.file
      const format = file ? formatOf(file.name) : undefined
      if (!file || !format) {
        const message =
          lang === 'en' ? 'Choose a .csv or .xlsx file.' : '请选择 .csv 或 .xlsx 文件。'
        return Response.json({ ok: false, message, refused: [] }, { status: 400 })
      }
      const { rows, problems } = await readRegister(file.data, format, lang)
      if (problems.length) {
        return Response.json(
          {
            ok: false,
            written: false,
            message: problems.join(lang === 'en' ? '; ' : '；'),
            refused: [],
          },
          { status: 400 },
        )
      }
      const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
      try {
        const report = await importRegister(req.payload, rows, { user: req.user, lang, dryRun })
        return Response.json(report, { status: report.ok ? 200 : 422 })
      } catch (err) {
        req.payload.logger.error({ err, msg: 'facility register import failed' })
        const m = messages(lang)
        return Response.json(
          {
            ok: false,
            written: false,
            message: m.other(String((err as Error).message)),
            refused: [],
          },
          { status: 500 },
        )
      }
    },
  },
  {
    path: '/register/export',
    method: 'get',
    handler: async (req) => {
      if (!staff(req)) return forbidden(req)
      const format = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
      const { docs } = await req.payload.find({
        collection: 'facilities',
        locale: 'all',
        draft: true,
        depth: 1,
        pagination: false,
        sort: 'slug',
        req,
      })
      const body = await writeRegister(
        docs.map((d) => toRow(docToRecord(d as never))),
        format,
      )
      const type =
        format === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/csv; charset=utf-8'
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': type,
          'Content-Disposition': `attachment; filename="facilities.${format}"`,
        },
      })
    },
  },
]
