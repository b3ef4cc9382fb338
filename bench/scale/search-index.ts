/**
 * Scale bench step: the static search index alone (search/static/write.ts, the step every site
 * build and publish rebuild runs), from the bench's SITE_DATA_DIR into its SITE_OUT_DIR.
 */
import { writeSearchIndex } from '../../search/static/write'

writeSearchIndex(process.env.SITE_DATA_DIR!, process.env.SITE_OUT_DIR!)
