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

/**
 * Which rule decided a level. `low`: `few-items`, `no-rating-or-document`, `ratings-disagree`;
 * `medium`: `items-below-high`, `raters-below-high`, `spread-above-high`, `documents-below-high`;
 * `high`: `evidence-high` alone.
 */
export type ConfidenceFindingCode =
  | 'few-items'
  | 'no-rating-or-document'
  | 'ratings-disagree'
  | 'items-below-high'
  | 'raters-below-high'
  | 'spread-above-high'
  | 'documents-below-high'
  | 'evidence-high'

/**
 * One rule's verdict as data, so each surface writes it in its own language: the measured `value`
 * (items, raters, spread steps or documents, per code; items for `evidence-high`) against the
 * rule's `limit` from the method's confidence rules (`null` where the rule has no number).
 */
export interface ConfidenceFinding {
  code: ConfidenceFindingCode
  value: number
  limit: number | null
}

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
  /** The rules that decided the level, in rule order. */
  findings: ConfidenceFinding[]
  /** {@link findings} as English sentences ({@link describeConfidenceFinding}), one per finding. */
  reasons: string[]
}

/** Options of {@link assessConfidence}. */
export interface AssessConfidenceOptions {
  method: MethodDefinition
  rules: ConfidenceRules
  tally: EffectTally
  evidence: DriverEvidence | undefined
}

type ConfidenceFacts = Pick<DriverConfidence, 'items' | 'raters' | 'spread' | 'documents'>

/**
 * The English sentence of one finding (the API's `message`, the English report's and the CLI's
 * text); other languages write the same finding from its code and numbers.
 */
export function describeConfidenceFinding(
  finding: ConfidenceFinding,
  facts: ConfidenceFacts,
): string {
  const { value, limit } = finding
  switch (finding.code) {
    case 'few-items':
      return `${value} data item(s) coded + - 0 (fewer than ${limit})`
    case 'no-rating-or-document':
      return 'no interviewee rating and no reviewed document'
    case 'ratings-disagree':
      return `interviewees' ratings spread over ${value} steps (${limit} or more)`
    case 'items-below-high':
      return `${value} data items (high needs ${limit})`
    case 'raters-below-high':
      return `${value} interviewee rating(s) (high needs ${limit})`
    case 'spread-above-high':
      return `ratings spread over ${value} steps (high needs ${limit} at most)`
    case 'documents-below-high':
      return `${value} reviewed document(s) (high needs ${limit})`
    case 'evidence-high': {
      const agreement = facts.spread === null ? '' : ` agreeing within ${facts.spread} step(s)`
      return `${facts.items} data items, ${facts.raters} interviewees${agreement}, ${facts.documents} document(s)`
    }
  }
}

/** The level the first matching rule family gives, with every finding of that family. */
function decideConfidence(
  rules: ConfidenceRules,
  facts: ConfidenceFacts,
): { level: ConfidenceLevel; findings: ConfidenceFinding[] } {
  const { items, raters, spread, documents } = facts
  const thin: ConfidenceFinding[] = []
  if (items < rules.minItems) thin.push({ code: 'few-items', value: items, limit: rules.minItems })
  if (raters === 0 && documents === 0) {
    thin.push({ code: 'no-rating-or-document', value: 0, limit: null })
  }
  if (spread !== null && spread >= rules.thinSpreadSteps) {
    thin.push({ code: 'ratings-disagree', value: spread, limit: rules.thinSpreadSteps })
  }
  if (thin.length > 0) return { level: 'low', findings: thin }
  const short: ConfidenceFinding[] = []
  if (items < rules.highItems) {
    short.push({ code: 'items-below-high', value: items, limit: rules.highItems })
  }
  if (raters < rules.highRaters) {
    short.push({ code: 'raters-below-high', value: raters, limit: rules.highRaters })
  }
  if (spread !== null && spread > rules.highSpreadSteps) {
    short.push({ code: 'spread-above-high', value: spread, limit: rules.highSpreadSteps })
  }
  if (documents < rules.highDocuments) {
    short.push({ code: 'documents-below-high', value: documents, limit: rules.highDocuments })
  }
  if (short.length > 0) return { level: 'medium', findings: short }
  return { level: 'high', findings: [{ code: 'evidence-high', value: items, limit: null }] }
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
  const facts = { items, raters, spread, documents }
  const { level, findings } = decideConfidence(rules, facts)
  return {
    level,
    ...facts,
    findings,
    reasons: findings.map((finding) => describeConfidenceFinding(finding, facts)),
  }
}
