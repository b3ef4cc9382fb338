/** The child processes of a site build (finish-build.ts): `index <job>` or `finish <job>`. */
import { buildIndex, finishBuild, type FinishJob } from './finish-build'
import { runMain } from './main'

const [step, job] = process.argv.slice(2)
void runMain('site', () =>
  step === 'index'
    ? buildIndex(JSON.parse(job ?? '{}') as FinishJob)
    : finishBuild(JSON.parse(job ?? '{}') as FinishJob),
)
