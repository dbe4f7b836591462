/**
 * Checks of a method's platform scoring settings (rule-based caps, coverage, confidence).
 *
 * @packageDocumentation
 */

import type { MethodDefinition } from '../method-types.js'
import type { MethodIssue } from './method-issue.js'

/** Issues of `scoring.ruleBased`, `scoring.coverage` and `scoring.confidence`, when present. */
export function checkScoringRules(method: MethodDefinition): MethodIssue[] {
  const issues: MethodIssue[] = []
  const issue = (path: string, message: string) =>
    issues.push({ code: 'invalid-scoring-rule', path: `scoring.${path}`, message })
  const { ruleBased, coverage, confidence } = method.scoring
  if (ruleBased) {
    // Critical driver ids the method lacks are not an issue: tailoring may remove a driver, and a
    // driver that is not scored cannot cap anything.
    ruleBased.caps.forEach((cap, index) => {
      if (!method.answers.some((a) => a.id === cap.answer)) {
        issue(`ruleBased.caps[${index}].answer`, `No answer "${cap.answer}".`)
      }
      if (!method.bands.some((b) => b.id === cap.maxBand)) {
        issue(`ruleBased.caps[${index}].maxBand`, `No band "${cap.maxBand}".`)
      }
    })
  }
  const share = coverage?.minimumScoredShare
  if (share !== undefined && !(Number.isFinite(share) && share > 0 && share <= 1)) {
    issue('coverage.minimumScoredShare', 'The minimum scored share must be in (0, 1].')
  }
  if (confidence) {
    const numbers = [
      'minItems',
      'thinSpreadSteps',
      'highItems',
      'highRaters',
      'highSpreadSteps',
      'highDocuments',
    ] as const
    for (const key of numbers) {
      const value = confidence[key]
      if (!(Number.isInteger(value) && value >= 0)) {
        issue(`confidence.${key}`, `${key} must be a whole number, 0 or more.`)
      }
    }
  }
  return issues
}
