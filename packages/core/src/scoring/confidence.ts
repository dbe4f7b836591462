/**
 * Per-driver confidence from the evidence behind the answer (`[DESIGN]`, thresholds are method-version
 * data): data items by effect code, interviewees who rated the driver and their spread, documents
 * reviewed. Confidence never changes the total; it says how much the answer rests on.
 *
 * @packageDocumentation
 */
import type { ConfidenceRules, MethodDefinition } from '../method-types.js'
import type { EffectTally } from './rationale-warnings.js'
import { normalizeAnswer } from './resolve-input.js'

/** The evidence behind one driver, as plain data gathered by the caller. */
export interface DriverEvidence {
  /** Each interviewee's own rating of the driver (answer ids or labels), one per interviewee. */
  ratings?: readonly string[]
  /** Number of reviewed documents that yielded a data item on this driver. */
  documents?: number
}

/** `low` means the answer rests on thin evidence. */
export type ConfidenceLevel = 'high' | 'medium' | 'low'

/** One driver's confidence with the facts it was derived from. */
export interface DriverConfidence {
  level: ConfidenceLevel
  /** Data items coded + / - / 0 (unknowns `?` do not support an answer). */
  items: number
  /** Interviewees whose rating could be read. */
  raters: number
  /** Steps between the lowest and highest rating; `null` without ratings. */
  spread: number | null
  documents: number
  /** Why the level is what it is, one sentence per rule that decided it. */
  reasons: string[]
}

/** Options of {@link assessConfidence}. */
export interface AssessConfidenceOptions {
  method: MethodDefinition
  rules: ConfidenceRules
  tally: EffectTally
  evidence: DriverEvidence | undefined
}

/** Rates one driver's evidence against the method's confidence thresholds. */
export function assessConfidence(options: AssessConfidenceOptions): DriverConfidence {
  const { method, rules, tally, evidence } = options
  const items = tally['+'] + tally['-'] + tally['0']
  const steps = (evidence?.ratings ?? []).flatMap((raw) => {
    const answer = normalizeAnswer(method, raw)
    return answer ? [answer.step] : []
  })
  const raters = steps.length
  const spread = raters === 0 ? null : Math.max(...steps) - Math.min(...steps)
  const documents = Math.max(0, Math.trunc(evidence?.documents ?? 0))
  const thin: string[] = []
  if (items < rules.minItems) {
    thin.push(`${items} data item(s) coded + - 0 (fewer than ${rules.minItems})`)
  }
  if (raters === 0 && documents === 0) thin.push('no interviewee rating and no reviewed document')
  if (spread !== null && spread >= rules.thinSpreadSteps) {
    thin.push(
      `interviewees' ratings spread over ${spread} steps (${rules.thinSpreadSteps} or more)`,
    )
  }
  if (thin.length > 0) return { level: 'low', items, raters, spread, documents, reasons: thin }
  const short: string[] = []
  if (items < rules.highItems) short.push(`${items} data items (high needs ${rules.highItems})`)
  if (raters < rules.highRaters) {
    short.push(`${raters} interviewee rating(s) (high needs ${rules.highRaters})`)
  }
  if (spread !== null && spread > rules.highSpreadSteps) {
    short.push(`ratings spread over ${spread} steps (high needs ${rules.highSpreadSteps} at most)`)
  }
  if (documents < rules.highDocuments) {
    short.push(`${documents} reviewed document(s) (high needs ${rules.highDocuments})`)
  }
  if (short.length > 0) return { level: 'medium', items, raters, spread, documents, reasons: short }
  const agreement = spread === null ? '' : ` agreeing within ${spread} step(s)`
  return {
    level: 'high',
    items,
    raters,
    spread,
    documents,
    reasons: [`${items} data items, ${raters} interviewees${agreement}, ${documents} document(s)`],
  }
}
