/**
 * The built-in IMMD 1.0 method definition (CMU/SEI-2008-TR-007), assembled from the data modules in
 * `./immd-1-0/`. Every piece of content carries its provenance: the reference's `[INF]` facts are
 * `inferred`, its `[DESIGN]` proposals are `design`; both are editable data, not method facts.
 *
 * @packageDocumentation
 */

import { freezeDeep } from '../freeze-deep.js'
import type { MethodDefinition } from '../method-types.js'
import { IMMD_1_0_ARTIFACTS } from './immd-1-0/artifacts.js'
import { IMMD_1_0_DRIVERS } from './immd-1-0/drivers.js'
import { IMMD_1_0_ACTIVITIES, IMMD_1_0_PHASES } from './immd-1-0/process.js'
import { IMMD_1_0_ANSWERS, IMMD_1_0_BANDS, IMMD_1_0_EFFECT_CODES } from './immd-1-0/scales.js'
import { IMMD_1_0_SCORING } from './immd-1-0/scoring-rules.js'
import { IMMD_1_0_WORKSHEETS } from './immd-1-0/worksheets.js'

/**
 * IMMD 1.0, version id `immd-1.0`: ten drivers of weight 1, the five-answer scale (values `[INF]`),
 * the four effect codes, the five bands, three phases, fifteen activities, the artefact catalogue and
 * seven worksheets. Scoring is the unweighted mean (`[INF]`) with half-up rounding before band lookup,
 * a coverage minimum, confidence thresholds and a rule-based option (all `[DESIGN]`).
 *
 * The object is deeply frozen: derive tailored versions with `tailorMethod` instead of mutating it.
 */
export const IMMD_1_0: MethodDefinition = freezeDeep({
  version: 'immd-1.0',
  basedOn: null,
  name: 'Incident Management Mission Diagnostic, Version 1.0',
  description:
    'Estimates the potential for success of an incident management capability (IMC) from ten ' +
    'drivers answered on a five-point scale, placed on a five-band success profile next to the ' +
    'success threshold. Answer values, the mean algorithm, driver questions D2-D10 and handout ' +
    'prompts are reconstructions or product proposals, marked by their provenance.',
  drivers: IMMD_1_0_DRIVERS,
  answers: IMMD_1_0_ANSWERS,
  effectCodes: IMMD_1_0_EFFECT_CODES,
  bands: IMMD_1_0_BANDS,
  phases: IMMD_1_0_PHASES,
  activities: IMMD_1_0_ACTIVITIES,
  artifacts: IMMD_1_0_ARTIFACTS,
  worksheets: IMMD_1_0_WORKSHEETS,
  scoring: IMMD_1_0_SCORING,
})
