/**
 * The `report` section of the JSON download: what the PDF, DOCX, XLSX and CSV say about the
 * result (status and reasons, warnings, exclusions, confidence, algorithm and cap) with a
 * provenance marker per item and "About this method version". It is read from the same
 * {@link ReportView} as the other formats, so the JSON cannot say more or less than they do.
 * The engagement transfer importer ignores this section (unknown top-level keys are stripped).
 *
 * @packageDocumentation
 */
import type { ReportView } from './report-view.js'

/** The `report` section of `report.json`. */
export type ReportJsonSection = ReturnType<typeof buildReportJsonSection>

/** Picks the result and its provenance from the report view, in the order the PDF prints them. */
export function buildReportJsonSection(view: ReportView) {
  return {
    locale: view.locale,
    generatedAt: view.generatedAt,
    methodVersion: view.methodVersion,
    status: view.status,
    headline: view.headline,
    statusReasons: view.statusReasons,
    band: view.band,
    indicativeBand: view.indicativeBand,
    total: view.total,
    roundedTotal: view.roundedTotal,
    threshold: view.threshold,
    algorithm: view.algorithmLabel,
    cap: view.cap,
    warnings: view.warnings,
    excluded: view.excluded,
    thinEvidence: view.thinEvidence,
    candidates: view.candidates,
    drivers: view.drivers.map((d) => ({
      id: d.id,
      shortName: d.shortName,
      question: d.question,
      questionProvenance: d.questionMarker,
      answer: d.answer,
      value: d.value,
      valueProvenance: d.valueMarker || null,
      confidence: d.confidence,
      weight: d.weight,
    })),
    aboutMethodVersion: view.methodRules,
    documentsReviewed: view.reviewedDocuments,
  }
}
