/**
 * The re-assessment fixture with the built-in IMMD 1.0 texts (driver names, questions, prompts,
 * answer labels and criteria, band names and meanings) taken from core, so that core's method
 * translations apply to it as they do to a real engagement on IMMD 1.0.
 */
import { IMMD_1_0 } from '@immd/core/methods/immd-1-0'
import type { EngagementReport } from '../src/report-input.js'
import { buildReassessmentFixture } from './comparison-fixture.js'

type Provenance = 'READ' | 'INFERRED' | 'DESIGN'
const upper = (provenance: string) => provenance.toUpperCase() as Provenance
const sourced = (text: { text: string; provenance: string }) => ({
  text: text.text,
  provenance: upper(text.provenance),
})

/** The fixture with IMMD 1.0's own English texts. */
export function buildBuiltInTextFixture(): EngagementReport {
  const report = buildReassessmentFixture()
  const { method } = report
  return {
    ...report,
    method: {
      ...method,
      name: IMMD_1_0.name,
      description: IMMD_1_0.description,
      drivers: method.drivers.map((driver, i) => {
        const source = IMMD_1_0.drivers[i]
        if (!source) return driver
        return {
          ...driver,
          shortName: source.shortName,
          question: sourced(source.question),
          prompts: source.prompts.map(sourced),
        }
      }),
      answers: method.answers.map((answer, i) => {
        const source = IMMD_1_0.answers[i]
        if (!source) return answer
        return {
          ...answer,
          label: source.label,
          criteria: source.criteria ? sourced(source.criteria) : answer.criteria,
        }
      }),
      bands: method.bands.map((band, i) => {
        const source = IMMD_1_0.bands[i]
        return source ? { ...band, label: source.label, meaning: source.meaning } : band
      }),
    },
  }
}
