/** A worksheet input error of `immd score`, with what its sentence needs. */
export interface ScoreErrorText {
  path: string
  /** core's `ScoreInputErrorCode`; an unknown one prints `message`. */
  code: string
  /** The offending value as given (driver key, answer, threshold; an exclusion's driver). */
  value?: string
  /** What may be written instead (answer or band labels), in the message's language. */
  allowed: string
  /** core's English sentence, for a code this catalogue does not know. */
  message: string
}

/** The field an exclusion error is about: `exclusions[0].reason` → `reason`. */
export const exclusionField = (path: string) => path.slice(path.lastIndexOf('.') + 1)

function describeScoreError(p: ScoreErrorText): string {
  switch (p.code) {
    case 'unknown-driver':
      return `this method version has no driver “${p.value}”.`
    case 'invalid-answer':
      return `“${p.value}” is not an answer; answer one of ${p.allowed}, or exclude the driver by a tailoring decision.`
    case 'unknown-threshold':
      return `“${p.value}” is not a band of this method; use one of ${p.allowed}.`
    case 'invalid-exclusion':
      switch (exclusionField(p.path)) {
        case 'driverId':
          return `driver ${p.value} is excluded more than once.`
        case 'reason':
          return `the exclusion of ${p.value} needs a reason.`
        case 'origin':
          return `the exclusion of ${p.value} has an unknown origin (tailoring or migrated).`
      }
      return p.message
    default:
      return p.message
  }
}

/**
 * The English messages of `immd` (the reference catalogue): every human-readable line and error
 * the CLI prints, as functions of their values. `fr.ts` and `de.ts` must have exactly these keys
 * with the same parameters (the `Catalogue` type and a test check both). `--json` output never
 * goes through a catalogue: its keys and its `error` texts stay English.
 *
 * @packageDocumentation
 */

import { describeInventoryProblem, type ProblemInput } from '@immd/core/inventory/problem-text'
import {
  describePlanningWarning,
  type PlanningWarningInput,
} from '@immd/core/planning/warning-text'

/** Where an inventory problem sits. */
export interface ProblemPlace {
  row?: number
  line?: number
  column?: number
  record?: number
}

export const EN = {
  // Errors (printed as `immd: <message>` on stderr).
  'error.unexpected': (p: { detail: string }) => `unexpected error: ${p.detail}`,
  'config.badUrl': (p: { value: string; example: string }) =>
    `The API URL "${p.value}" is not a URL (e.g. ${p.example}).`,
  'config.unreadable': (p: { path: string; reason: string }) =>
    `Cannot read the config file ${p.path}: ${p.reason}`,
  'config.notObject': (p: { path: string; reason: string }) =>
    `The config file ${p.path} is not a JSON object (${p.reason}).`,
  'auth.noToken': () =>
    'No API token: pass --token, set IMMD_TOKEN, or put "token" in the config file.',
  'auth.forbidden': (p: { reason: string }) =>
    `${p.reason}. Use a read-write token of an admin or lead assessor of that organization.`,
  'auth.failed': (p: { reason: string }) => `${p.reason}. Check --token / IMMD_TOKEN.`,
  'auth.tokenRejected': (p: { reason: string | null }) =>
    `The API rejected the token: ${p.reason ?? 'not authenticated'}. Check --token / IMMD_TOKEN.`,
  'api.unreachable': (p: { reason: string }) =>
    `${p.reason} Check --api-url / IMMD_API_URL and that the server is running.`,
  'api.domain': (p: { code: string; reason: string }) => `${p.code}: ${p.reason}`,
  'api.failed': (p: { reason: string; correlationId: string | null }) =>
    `The API failed: ${p.reason}${p.correlationId ? ` (correlation id ${p.correlationId}: quote it to the server's operator)` : ''}`,
  'organization.choose': (p: { slugs: string }) =>
    `Name the organization with --organization (one of: ${p.slugs || 'none'}).`,
  'organization.notFound': (p: { wanted: string; slugs: string }) =>
    `No organization "${p.wanted}" for this token (it reaches: ${p.slugs || 'none'}).`,
  'engagement.noMatch': (p: { reference: string }) =>
    `No engagement "${p.reference}" (give its id, title or IMC id).`,
  'engagement.ambiguous': (p: { reference: string; matches: string }) =>
    `"${p.reference}" names several engagements: ${p.matches}. Use an id.`,
  'engagement.notFound': (p: { reference: string }) => `No engagement ${p.reference}.`,
  'file.unreadable': (p: { kind: 'inventory' | 'staff'; path: string; reason: string }) =>
    `Cannot read the ${p.kind === 'staff' ? 'staff CSV' : 'inventory'} ${p.path}: ${p.reason}`,
  'file.notJson': (p: { path: string; reason: string }) =>
    `Cannot read ${p.path} as JSON: ${p.reason}`,
  'import.refused': (p: { reason: string }) => `The API refused the import: ${p.reason}`,
  'score.unknownMethod': (p: { version: string }) =>
    `Unknown method version ${p.version} (built in: immd-1.0).`,
  'score.notObject': () => 'The worksheet must be a JSON object.',
  'score.noAnswers': () => 'The worksheet needs "answers": { "D1": "likely-yes", … }.',
  'token.expiresTooShort': () => '--expires: give at least 1 day.',
  'token.expiresUnreadable': (p: { value: string }) =>
    `--expires: "${p.value}" is neither a number of days nor a date (YYYY-MM-DD).`,
  'token.expiresInvalid': (p: { value: string }) => `--expires: "${p.value}" is not a valid date.`,
  'token.expiresPast': (p: { at: string }) => `--expires: ${p.at} is not in the future.`,
  'token.badScope': (p: { scope: string }) =>
    `--scope must be read or read-write, not "${p.scope}".`,
  'export.portfolioFormats': () => 'The portfolio exports as csv or xlsx.',
  'export.nameEngagement': () => 'Name the engagement (or pass --portfolio).',
  'export.badWorksheet': (p: { ids: string }) => `--worksheet must be one of ${p.ids}.`,

  // Human output (stdout).
  'problem.place': (p: ProblemPlace) =>
    [
      p.row === undefined ? null : `row ${p.row}`,
      p.line === undefined ? null : `line ${p.line}`,
      p.column === undefined ? null : `column ${p.column}`,
      p.record === undefined ? null : `record ${p.record}`,
    ]
      .filter((part) => part !== null)
      .join(', '),
  'problem.staffCsv': () => 'staff CSV',
  'problem.severity': (p: { severity: 'error' | 'warning' }): string => p.severity,
  // The sentences of problems and planning warnings come from @immd/core, built from their codes
  // and details (one text per locale shared with the console).
  'problem.sentence': (p: ProblemInput) => describeInventoryProblem(p, 'en'),
  'import.planningWarning': (p: PlanningWarningInput & { imcId: string }) =>
    `planning warning (IMC ${p.imcId}) ${p.code}: ${describePlanningWarning(p, 'en')}`,
  'import.interrupted': (p: { organization: string | null; message: string }) =>
    `Import interrupted${p.organization ? ` into ${p.organization}` : ''}: ${p.message}`,
  'import.invalid': (p: { errors: number; records: number; organization: string | null }) =>
    `${p.errors} error(s) in ${p.records} record(s): nothing was imported${p.organization ? ` into ${p.organization}` : ''}.`,
  'import.dryRun': (p: { organization: string | null }) =>
    `Dry run${p.organization ? ` into ${p.organization}` : ''}: nothing was written.`,
  'import.summary': (p: {
    created: number
    updated: number
    unchanged: number
    failed: number
    engagementsCreated: number
    engagementsExisting: number
    dryRun: boolean
    chunks: { committed: number; total: number } | null
  }) =>
    `Summary: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed; ` +
    `${p.engagementsCreated} draft engagement(s) ${p.dryRun ? 'would be ' : ''}created, ${p.engagementsExisting} IMC(s) already assessed` +
    (p.chunks ? `; ${p.chunks.committed} of ${p.chunks.total} request(s) committed.` : '.'),
  'engagements.none': () => 'No engagements.',
  'engagements.columns': () =>
    ['TITLE', 'IMC', 'STATE', 'BAND', 'TOTAL', 'THRESHOLD', 'ID'] as readonly string[],
  'engagements.count': (p: { count: number }) => `${p.count} engagement(s)`,
  'engagement.meta': (p: { organization: string; imcId: string; state: string; method: string }) =>
    `Organization ${p.organization} · IMC ${p.imcId} · state ${p.state} · method ${p.method}`,
  'engagement.potential': (p: {
    band: string | null
    total: string | null
    threshold: string | null
  }) =>
    `Potential for success: ${p.band ?? 'not scored'}${p.total === null ? '' : ` (${p.total})`} · threshold ${p.threshold ?? 'not set'}`,
  'engagement.columns': () => ['DRIVER', 'NAME', 'ANSWER', 'VALUE', 'ITEMS'] as readonly string[],
  'engagement.followUp': (p: {
    improvements: number
    lessons: number
    entries: number
    documents: number
  }) =>
    `${p.improvements} improvement(s), ${p.lessons} lesson(s), ${p.entries} scope entries, ${p.documents} documents`,
  derivation: (p: { derivation: string }) => `Derivation: ${p.derivation}`,
  'score.error': (p: ScoreErrorText) => `error ${p.path}: ${describeScoreError(p)}`,
  'score.provisionalBand': (p: { band: string; status: string }) =>
    `${p.band} (${p.status}, not final)`,
  'score.total': (p: {
    total: string | null
    band: string
    complete: boolean
    missing: readonly string[]
  }) =>
    `Total: ${p.total ?? 'not scored'} · band ${p.band} · ${p.complete ? 'complete' : `missing ${p.missing.join(', ')}`}`,
  'score.status': (p: { status: string; algorithm: string }) =>
    `Status: ${p.status} (${p.algorithm})`,
  'score.excluded': (p: { driverId: string; reason: string; decidedBy: string | null }) =>
    `Excluded ${p.driverId}: ${p.reason}${p.decidedBy ? ` (by ${p.decidedBy})` : ''}`,
  'score.threshold': (p: { threshold: string; met: boolean; short: number }) =>
    `Threshold ${p.threshold}: ${p.met ? 'met' : `${p.short} band(s) short`}`,
  'score.path': (p: { moves: string }) => `Fewest upgrades to the threshold: ${p.moves}`,
  'score.candidates': (p: { drivers: string }) => `Next-step candidates (A6): ${p.drivers}`,
  'score.warning': (p: { code: string; message: string }) => `warning ${p.code}: ${p.message}`,
  'export.wrote': (p: { out: string; format: string; bytes: number }) =>
    `Wrote ${p.out} (${p.format}, ${p.bytes} bytes)`,
  'file.wrote': (p: { file: string; bytes: number }) => `Wrote ${p.file} (${p.bytes} bytes)`,
  'engagements.imported': (p: { title: string; organization: string; id: string }) =>
    `Imported "${p.title}" into ${p.organization} as ${p.id}`,
  'token.created': (p: {
    secret: string
    scope: string
    name: string
    organization: string
    expiresAt: string | null
  }) =>
    `${p.secret}\n(${p.scope} token "${p.name}" for ${p.organization}${p.expiresAt ? `, expires ${p.expiresAt}` : ''}; it is shown only once)`,
  'portfolio.engagements': (p: { engagements: number; scored: number }) =>
    `Engagements: ${p.engagements} (${p.scored} scored)`,
  'portfolio.threshold': (p: { meeting: number; below: number; without: number }) =>
    `Threshold: ${p.meeting} meeting, ${p.below} below, ${p.without} without a threshold`,
  'portfolio.bands': (p: { list: string }) => `Bands: ${p.list}`,
  'portfolio.states': (p: { list: string }) => `States: ${p.list}`,
  'portfolio.age': (p: { list: string }) => `Age: ${p.list}`,
  'portfolio.coverage': (p: {
    unscored: number
    withExclusions: number
    lowConfidence: number
    thinEvidenceItems: number
  }) =>
    `  behind them: ${p.unscored} unscored (in no band), ${p.withExclusions} with tailoring exclusions, ${p.lowConfidence} low confidence (a driver on fewer than ${p.thinEvidenceItems} coded data items)`,
  'portfolio.bandCoverage': (p: {
    band: string
    count: number
    withExclusions: number
    lowConfidence: number
  }) =>
    `  ${p.band}: ${p.count} of which ${p.withExclusions} with exclusions, ${p.lowConfidence} low confidence`,
  'portfolio.driverColumns': () =>
    ['Driver', 'n', 'mean', 'median', 'Q1', 'Q3'] as readonly string[],
}

/** Every message key of the CLI. */
export type MessageKey = keyof typeof EN

/** A catalogue: the same keys as {@link EN}, each taking the same values. */
export type Catalogue = { readonly [K in MessageKey]: (typeof EN)[K] }
