/**
 * Provenance in the deliverables: a marker after every text or rule that is not read in an SEI
 * source, and the "About this method version" section listing each rule the result rests on with
 * where it comes from (read, reconstructed, platform default).
 *
 * @packageDocumentation
 */
import type { EngagementReport } from '@immd/sdk/engagement-report'

/** GraphQL provenance values. */
export type ProvenanceValue = 'READ' | 'INFERRED' | 'DESIGN'

/** The marker printed after an item: read in an SEI source, reconstructed, or a platform default. */
export function markProvenance(provenance: ProvenanceValue | null | undefined): string {
  if (provenance === 'READ') return '[SEI source]'
  if (provenance === 'DESIGN') return '[platform default]'
  return '[reconstructed]'
}

/** One line of "About this method version". */
export interface MethodRuleView {
  rule: string
  marker: string
  detail: string
}

type Method = EngagementReport['method']

const ALGORITHM_PROVENANCE: Record<string, ProvenanceValue> = {
  MEAN: 'INFERRED',
  WEIGHTED_MEAN: 'DESIGN',
  RULE_BASED: 'DESIGN',
}

/** The provenance marker of a scoring algorithm (`MEAN` is reconstructed, the others are ours). */
export function markAlgorithm(algorithm: string): string {
  return markProvenance(ALGORITHM_PROVENANCE[algorithm] ?? 'DESIGN')
}

/** Every rule and text family of the method version with its provenance, in reading order. */
export function describeMethodRules(method: Method, algorithm: string): MethodRuleView[] {
  const questions = method.drivers
  const readQuestions = questions.filter((d) => d.question.provenance === 'READ').map((d) => d.code)
  const otherQuestions = questions
    .filter((d) => d.question.provenance !== 'READ')
    .map((d) => d.code)
  const valueProvenance = method.answers[0]?.provenance ?? 'INFERRED'
  const criteria = method.answers.map((a) => a.criteria?.provenance ?? 'INFERRED')
  const rules = method.scoringRules
  const lines: MethodRuleView[] = [
    {
      rule: 'Answer labels and band names and ranges',
      marker: markProvenance('READ'),
      detail: 'As on the IMMD worksheet (No … Yes; Minimal 0–14 … Excellent 85–100).',
    },
    {
      rule: 'Driver questions',
      marker: `${readQuestions.length > 0 ? `${readQuestions.join(', ')} ${markProvenance('READ')}; ` : ''}${otherQuestions.join(', ')} ${markProvenance('INFERRED')}`,
      detail: 'Questions not read in a source are reconstructed wording, editable by tailoring.',
    },
    {
      rule: 'Answer values',
      marker: markProvenance(valueProvenance),
      detail: method.answers.map((a) => `${a.label} ${a.value}`).join(', '),
    },
    {
      rule: 'Answer criteria',
      marker: markProvenance(criteria.every((p) => p === 'INFERRED') ? 'INFERRED' : 'DESIGN'),
      detail: 'What must be true to give each answer; not stated in any source read.',
    },
    {
      rule: `Scoring algorithm: ${algorithm.toLowerCase().replaceAll('_', '-')}`,
      marker: markAlgorithm(algorithm),
      detail:
        algorithm === 'MEAN'
          ? 'The plain mean of the answered drivers (the source only says "a simple algorithm").'
          : algorithm === 'RULE_BASED'
            ? `The ${rules.ruleBased.base.toLowerCase().replaceAll('_', '-')} total, with caps: ${rules.ruleBased.caps.map((c) => `${c.answer.toLowerCase().replaceAll('_', ' ')} on ${rules.ruleBased.criticalDrivers.join(', ')} → at most ${c.maxBand.toLowerCase()}`).join('; ')}.`
            : 'Weights renormalised over the answered drivers.',
    },
    {
      rule: 'Band meanings',
      marker: markProvenance('INFERRED'),
      detail: `Our own words, carrying the meaning of: ${[...new Set(method.bands.map((b) => b.meaningSource ?? 'SEED-IMMD'))].join('; ')}.`,
    },
    {
      rule: 'Rounding before the band lookup',
      marker: markProvenance('DESIGN'),
      detail: 'Half up to an integer (84.375 → 84 → High).',
    },
    {
      rule: 'Exclusions',
      marker: markProvenance('DESIGN'),
      detail:
        'A driver leaves the scored set only by a recorded tailoring decision; the rest are renormalised.',
    },
    {
      rule: 'Coverage minimum',
      marker: markProvenance(rules.coverage.provenance),
      detail: `At least ${Math.round(rules.coverage.minimumScoredShare * 100)}% of the method's drivers must stay in the scored set, else the band is withheld; a result is provisional until every driver in the set is evaluated.`,
    },
    {
      rule: 'Confidence per driver',
      marker: markProvenance(rules.confidence.provenance),
      detail: `Thin evidence: fewer than ${rules.confidence.minItems} data items, no interviewee and no document, or ratings spread over ${rules.confidence.thinSpreadSteps}+ steps. High: ${rules.confidence.highItems}+ items, ${rules.confidence.highRaters}+ interviewees within ${rules.confidence.highSpreadSteps} step(s), ${rules.confidence.highDocuments}+ document(s).`,
    },
    {
      rule: 'Sensitivity and next-step candidates',
      marker: markProvenance('DESIGN'),
      detail:
        'Fewest one-step upgrades; ties go to the weakest drivers and those with failure items.',
    },
  ]
  return lines
}
