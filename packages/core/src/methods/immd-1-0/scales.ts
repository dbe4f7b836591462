/**
 * The IMMD 1.0 answer scale (§2), data-item effect codes (§4.1) and potential-for-success bands (§3.2).
 *
 * @packageDocumentation
 */
import type {
  AnswerOption,
  BandDefinition,
  EffectCodeDefinition,
  SourcedText,
} from '../../method-types.js'

/**
 * The five answers in worksheet column order. The labels are read; the values are `[INF]`: 25 points
 * per step is the only linear mapping onto 0-100 that puts "Likely Yes" at the sample's 75.
 */
export const IMMD_1_0_ANSWERS: AnswerOption[] = [
  {
    id: 'no',
    label: 'No',
    step: 0,
    value: 0,
    provenance: 'inferred',
    criteria: reconstructed(
      'The condition the driver asks about is not met: failure (-) data items dominate, no success ' +
        '(+) item stands against them, and interviewees and documents agree that it is absent.',
    ),
  },
  {
    id: 'likely-no',
    label: 'Likely No',
    step: 1,
    value: 25,
    provenance: 'inferred',
    criteria: reconstructed(
      'The condition is mostly not met: failure items outweigh success items, and the gaps found are ' +
        'serious enough that the driver will not support success without change.',
    ),
  },
  // The worksheet header reads "Equally Likely Yes or No"; the short label is what users know.
  {
    id: 'equally-likely',
    label: 'Equally Likely',
    step: 2,
    value: 50,
    provenance: 'inferred',
    criteria: reconstructed(
      'The evidence is balanced or mixed: success and failure items carry similar weight, or ' +
        'interviewees disagree, so the team cannot lean either way.',
    ),
  },
  {
    id: 'likely-yes',
    label: 'Likely Yes',
    step: 3,
    value: 75,
    provenance: 'inferred',
    criteria: reconstructed(
      'The condition is mostly met: success items outweigh failure items, and the remaining gaps are ' +
        'minor or already being addressed.',
    ),
  },
  {
    id: 'yes',
    label: 'Yes',
    step: 4,
    value: 100,
    provenance: 'inferred',
    criteria: reconstructed(
      'The condition is met: success items are corroborated by interviews and documents, and no ' +
        'material failure item remains.',
    ),
  },
]

/** Answer criteria are our reconstruction: no source read states what each answer requires. */
function reconstructed(text: string): SourcedText {
  return { text, provenance: 'inferred', source: 'INF (reconstructed answer criteria)' }
}

/** Effect codes prefixed to each rationale data item (read, meanings paraphrased). */
export const IMMD_1_0_EFFECT_CODES: EffectCodeDefinition[] = [
  {
    code: '+',
    name: 'success driver',
    meaning: 'Pushes the IMC toward success (positive influence).',
  },
  {
    code: '-',
    name: 'failure driver',
    meaning: 'Pushes the IMC toward failure (negative effect).',
  },
  {
    code: '0',
    name: 'neutral driver',
    meaning: 'No perceived influence either way.',
  },
  {
    code: '?',
    name: 'unknown driver',
    meaning: 'Might matter a lot for success or failure, but its effect cannot be judged yet.',
  },
]

/** Band meanings are our paraphrase of the sample worksheet's results table. */
const BAND_MEANING_SOURCE = 'SEED-IMMD results table (paraphrased in our own words)'

/** The five bands, lowest first, with the worksheet's inclusive integer ranges (read). */
export const IMMD_1_0_BANDS: BandDefinition[] = [
  {
    id: 'minimal',
    label: 'Minimal',
    index: 0,
    min: 0,
    max: 14,
    meaningSource: BAND_MEANING_SOURCE,
    meaning: 'Success drivers are very weak; the outcome is expected to be a failure.',
  },
  {
    id: 'low',
    label: 'Low',
    index: 1,
    min: 15,
    max: 34,
    meaningSource: BAND_MEANING_SOURCE,
    meaning: 'Success drivers are weak; failure is more likely than success.',
  },
  {
    id: 'borderline',
    label: 'Borderline',
    index: 2,
    min: 35,
    max: 64,
    meaningSource: BAND_MEANING_SOURCE,
    meaning: 'Success drivers are moderate; success and failure are about equally likely.',
  },
  {
    id: 'high',
    label: 'High',
    index: 3,
    min: 65,
    max: 84,
    meaningSource: BAND_MEANING_SOURCE,
    meaning: 'Success drivers are strong; success is more likely than failure.',
  },
  {
    id: 'excellent',
    label: 'Excellent',
    index: 4,
    min: 85,
    max: 100,
    meaningSource: BAND_MEANING_SOURCE,
    meaning: 'Success drivers are very strong; the outcome is expected to be a success.',
  },
]
