import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { limitRest } from '../../../../security/apiRoutes'

export const GET = limitRest(REST_GET(config))
export const POST = limitRest(REST_POST(config))
export const DELETE = limitRest(REST_DELETE(config))
export const PATCH = limitRest(REST_PATCH(config))
export const PUT = limitRest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
