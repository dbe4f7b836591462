/**
 * Provenance in the deliverables: a marker after every text or rule that is not read in an SEI
 * source, and the "About this method version" section listing each rule the result rests on with
 * where it comes from (read, reconstructed, platform default).
 *
 * @packageDocumentation
 */

import { listDeclaredTables } from './declared-tables.js'
import { REPORT_MESSAGES_EN, type ReportMessages } from './i18n/report-messages-en.js'
import type { EngagementReport } from './report-input.js'
import { toVocabularyId } from './report-input-enums.js'

/** GraphQL provenance values. */
export type ProvenanceValue = 'READ' | 'INFERRED' | 'DESIGN'

/** The marker printed after an item: read in an SEI source, reconstructed, or a platform default. */
export function markProvenance(
  provenance: ProvenanceValue | null | undefined,
  t: ReportMessages = REPORT_MESSAGES_EN,
): string {
  if (provenance === 'READ') return t.markers.read
  if (provenance === 'DESIGN') return t.markers.design
  return t.markers.inferred
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
export function markAlgorithm(algorithm: string, t: ReportMessages = REPORT_MESSAGES_EN): string {
  return markProvenance(ALGORITHM_PROVENANCE[algorithm] ?? 'DESIGN', t)
}

/** Every rule and text family of the method version with its provenance, in reading order. */
export function describeMethodRules(
  method: Method,
  algorithm: string,
  t: ReportMessages = REPORT_MESSAGES_EN,
  translationSource: string | null = null,
): MethodRuleView[] {
  const r = t.rules
  const mark = (provenance: ProvenanceValue) => markProvenance(provenance, t)
  const questions = method.drivers
  const readQuestions = questions.filter((d) => d.question.provenance === 'READ').map((d) => d.code)
  const otherQuestions = questions
    .filter((d) => d.question.provenance !== 'READ')
    .map((d) => d.code)
  const valueProvenance = method.answers[0]?.provenance ?? 'INFERRED'
  const criteria = method.answers.map((a) => a.criteria?.provenance ?? 'INFERRED')
  const rules = method.scoringRules
  // Caps name answers and bands in the method's own (localized) labels.
  const answerLabel = (answer: string) =>
    method.answers.find((a) => a.answer === answer)?.label ??
    answer.toLowerCase().replaceAll('_', ' ')
  const bandLabel = (band: string) =>
    method.bands.find((b) => b.band === band)?.label ?? band.toLowerCase()
  const lines: MethodRuleView[] = [
    ...(translationSource
      ? [
          {
            rule: r.translation,
            marker: t.markers.translation,
            detail: r.translationDetail(translationSource),
          },
        ]
      : []),
    {
      rule: r.labels,
      marker: mark('READ'),
      detail: r.labelsDetail,
    },
    {
      rule: r.questions,
      marker: `${readQuestions.length > 0 ? `${readQuestions.join(', ')} ${mark('READ')}; ` : ''}${otherQuestions.join(', ')} ${mark('INFERRED')}`,
      detail: r.questionsDetail,
    },
    {
      rule: r.values,
      marker: mark(valueProvenance),
      detail: method.answers.map((a) => `${a.label} ${a.value}`).join(', '),
    },
    {
      rule: r.criteria,
      marker: mark(criteria.every((p) => p === 'INFERRED') ? 'INFERRED' : 'DESIGN'),
      detail: r.criteriaDetail,
    },
    {
      rule: r.algorithm(toVocabularyId(algorithm)),
      marker: markAlgorithm(algorithm, t),
      detail:
        algorithm === 'MEAN'
          ? r.mean
          : algorithm === 'RULE_BASED'
            ? r.ruleBased(
                toVocabularyId(rules.ruleBased.base),
                rules.ruleBased.caps
                  .map((c) =>
                    r.cap(
                      answerLabel(c.answer),
                      rules.ruleBased.criticalDrivers.join(', '),
                      bandLabel(c.maxBand),
                    ),
                  )
                  .join('; '),
              )
            : r.weighted,
    },
    {
      rule: r.bandMeanings,
      marker: mark('INFERRED'),
      detail: r.bandMeaningsDetail(
        [...new Set(method.bands.map((b) => b.meaningSource ?? 'SEED-IMMD'))].join('; '),
      ),
    },
    {
      rule: r.rounding,
      marker: mark('DESIGN'),
      detail: r.roundingDetail,
    },
    {
      rule: r.exclusions,
      marker: mark('DESIGN'),
      detail: r.exclusionsDetail,
    },
    {
      rule: r.coverage,
      marker: mark(rules.coverage.provenance),
      detail: r.coverageDetail(Math.round(rules.coverage.minimumScoredShare * 100)),
    },
    {
      rule: r.confidence,
      marker: mark(rules.confidence.provenance),
      detail: r.confidenceDetail(
        rules.confidence.minItems,
        rules.confidence.thinSpreadSteps,
        rules.confidence.highItems,
        rules.confidence.highRaters,
        rules.confidence.highSpreadSteps,
        rules.confidence.highDocuments,
      ),
    },
    {
      rule: r.sensitivity,
      marker: mark('DESIGN'),
      detail: r.sensitivityDetail,
    },
    describeWorksheetColumns(method, t),
  ]
  return lines
}

/**
 * Where the columns of the worksheet tables come from: each column takes the provenance of the
 * method worksheet field its declaration says it fills (`@immd/core/worksheets`), and a column
 * that fills none (a list position, a status) is the platform's own. Per table, the columns are
 * grouped by provenance in column order, e.g. `Data items: Effect, Text, Drivers [read];
 * Source, Created [design]`.
 */
export function describeWorksheetColumns(
  method: Method,
  t: ReportMessages = REPORT_MESSAGES_EN,
): MethodRuleView {
  const fieldProvenance = new Map<string, ProvenanceValue>()
  for (const worksheet of method.worksheets) {
    const id = toVocabularyId(worksheet.code)
    for (const field of worksheet.fields)
      fieldProvenance.set(`${id}:${field.code}`, field.provenance)
  }
  const seen = new Set<ProvenanceValue>()
  const tables = Object.values(listDeclaredTables(t)).map(({ worksheet, name, headers }) => {
    const groups = new Map<ProvenanceValue, string[]>()
    const columns: [string, { field?: string }][] = Object.entries(worksheet.report.columns)
    for (const [key, source] of columns) {
      const provenance =
        source.field === undefined
          ? undefined
          : worksheet.methodWorksheets
              .map((id) => fieldProvenance.get(`${id}:${source.field}`))
              .find((p) => p !== undefined)
      const value = provenance ?? 'DESIGN'
      seen.add(value)
      const group = groups.get(value) ?? []
      group.push((headers as Record<string, string>)[key] ?? key)
      groups.set(value, group)
    }
    const parts = [...groups].map(
      ([p, headerList]) => `${headerList.join(', ')} ${markProvenance(p, t)}`,
    )
    return `${name}: ${parts.join('; ')}`
  })
  const marker = markProvenance(seen.size === 1 && seen.has('READ') ? 'READ' : 'DESIGN', t)
  return { rule: t.rules.worksheetColumns, marker, detail: `${tables.join('. ')}.` }
}
