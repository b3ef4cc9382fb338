import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { protectGraphQL } from '../../../../security/apiRoutes'

export const POST = protectGraphQL(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
