/** The embedded static server alone in its own process (so the load generator does not share its CPU); prints its port. */
import { startStaticServer } from '../../scripts/lib/static-server'
import { SITE_DIST } from '../../scripts/lib/steps'

const server = await startStaticServer(() => SITE_DIST, 0)
process.stdout.write(`${(server.address() as { port: number }).port}\n`)
