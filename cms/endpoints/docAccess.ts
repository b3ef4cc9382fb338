import {
  addDataAndFileToRequest,
  docAccessOperation,
  headersWithCors,
  type Endpoint,
} from 'payload'
import { hasRole } from '../access/roles'

/**
 * Payload's per-document permissions endpoint (POST /api/<collection>/access/<id>), which the
 * admin uses. For an anonymous caller it answered 200 for a draft's id and 404 for a missing
 * one — telling the public which draft ids exist. Now the public always gets 404; staff get
 * Payload's answer, from the same operation.
 */
export const docAccessEndpoint: Endpoint = {
  path: '/access/:id?',
  method: 'post',
  handler: async (req) => {
    const headers = headersWithCors({ headers: new Headers(), req })
    if (!hasRole(req.user, 'admin', 'publisher', 'editor'))
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers })
    await addDataAndFileToRequest(req)
    const id = req.routeParams?.id as string | undefined
    const collection = req.payload.collections[req.routeParams?.collection as 'programmes']
    const result = await docAccessOperation({ id, collection, data: req.data, req })
    return Response.json(result, { headers })
  },
}
