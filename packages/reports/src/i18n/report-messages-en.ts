/**
 * The English catalogue of every string the deliverables print (PDF, DOCX, XLSX/CSV, charts):
 * headings, labels, table headers, status and marking texts, footers. {@link ReportMessages} is
 * its shape; the French and German catalogues are typed by it, so a missing key fails the build,
 * and `tests/report-messages.test.ts` fails on a missing or empty key at run time too.
 * Method texts (driver names and questions, answer labels, band meanings) are not here: they are
 * method-version data, localized by core's method catalogue.
 *
 * @packageDocumentation
 */
import type {
  checklistItems,
  dataItems,
  documents,
  improvements,
  lessonsLearned,
  ReportColumnKey,
  scopeEntries,
} from '@immd/core/worksheets'

/** A worksheet table's headers, one per column its declaration lists (a missing key fails the build). */
type ReportHeaders<W> = Readonly<Record<ReportColumnKey<W>, string>>

/** A string literal type widened to `string`, recursively (functions and arrays kept). */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { readonly [K in keyof T]: Widen<T[K]> }

const EN = {
  common: {
    none: 'none',
    notSet: 'not set',
    notScored: 'not scored',
    noBand: 'no band',
    yes: 'yes',
    no: 'no',
  },
  markers: {
    read: '[SEI source]',
    inferred: '[reconstructed]',
    design: '[platform default]',
    translation: '[our translation]',
  },
  provenanceKey:
    '[SEI source]: read in an SEI/CERT source; [reconstructed]: our reconstruction, not SEI text; [platform default]: a rule of this platform.',
  page: {
    header: (title: string) => `IMMD results · ${title}`,
    draft: 'DRAFT',
    draftUntil: 'DRAFT until the results are communicated',
    watermarkDescription: 'Draft: results not yet communicated',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    page: 'Page',
    of: 'of',
    documentTitle: (title: string) => `IMMD results: ${title}`,
    subject: (version: string) => `Incident Management Mission Diagnostic (${version})`,
  },
  states: {
    draft: 'draft',
    preparing: 'preparing',
    collecting: 'collecting',
    evaluating: 'evaluating',
    scored: 'scored',
    communicated: 'communicated',
    'next-steps': 'next steps',
    closed: 'closed',
  },
  status: { final: 'FINAL', provisional: 'PROVISIONAL', withheld: 'WITHHELD', invalid: 'INVALID' },
  view: {
    excludedByTailoring: 'Excluded by tailoring',
    notAnswered: 'Not answered',
    confidenceLine: (level: string, reasons: string) => `${level}: ${reasons}`,
    confidence: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low (thin evidence)' },
    migrated: 'migrated from an earlier N/A',
    coverage: (scored: number, all: number, minimum: number, evaluated: number) =>
      `${scored} of ${all} drivers in the scored set (minimum ${minimum}), ${evaluated} evaluated`,
    thinEvidence: (thin: number, scored: number, ids: string) =>
      `${thin} of ${scored} drivers rest on thin evidence: ${ids}`,
    bandChanges: 'band changes',
    thresholdMet: (band: string) => `The threshold (${band}) is met.`,
    pathToThreshold: (band: string, steps: number, moves: string) =>
      `Reaching ${band} needs ${steps} one-step upgrade(s): ${moves}.`,
    unreachable: (band: string, reason: string) =>
      `${band} cannot be reached by upgrading answers (${reason}).`,
    outOfReach: 'out of reach',
    headlineFinal: (band: string, total: string) =>
      `Current potential for success: ${band}${total ? ` (total value ${total})` : ''}`,
    headlineNoDriver: 'Provisional result: no driver evaluated yet, no band',
    headlineProvisional: (band: string, total: string) =>
      `Provisional result, not final: indicative band ${band}${total ? ` (total value ${total})` : ''}`,
    headlineWithheld: 'Band withheld: too few drivers remain in the scored set',
    headlineInvalid: 'No result: the stored evaluations could not be read',
  },
  sentences: {
    status: {
      'invalid-input': () =>
        'The stored answers or exclusions have errors, so no total and no band could be computed.',
      'below-minimum-coverage': (count: number, total: number, minimum: number) =>
        `Band withheld: only ${count} of ${total} drivers remain in the scored set after exclusions, and at least ${minimum} are required (platform rule).`,
      'nothing-evaluated': () => 'No driver is evaluated yet.',
      'drivers-not-evaluated': (count: number, total: number, drivers: string) =>
        `Provisional: ${count} of ${total} drivers in the scored set are not evaluated yet (${drivers}); the band is indicative, not final.`,
    },
    cap: (from: string, to: string, drivers: string) =>
      `Band capped from ${from} to ${to}: critical drivers answered low, ${drivers} (rule-based algorithm, platform design).`,
    warning: {
      'answer-contradicts-rationale': (
        driver: string,
        answer: string,
        count: number,
        effect: string,
      ) =>
        `Driver ${driver} is answered “${answer}”, but ${count} of its data items are coded “${effect}” and none points the other way.`,
      'no-rationale': (driver: string, answer: string) =>
        `Driver ${driver} is answered “${answer}” without any rationale data item.`,
      'unknown-items': (driver: string, count: number, total: number) =>
        `Driver ${driver}: ${count} of ${total} data items are unknowns (“?”).`,
      'invalid-effect-code': (driver: string, count: number) =>
        `Driver ${driver} has ${count} data items without a valid effect code (+, -, 0 or ?); they are ignored.`,
      'unknown-driver-in-rationale': (driver: string) =>
        `Data items for “${driver}”, which is not a driver of this method, are ignored.`,
      incomplete: (count: number, total: number, drivers: string) =>
        `${count} of ${total} drivers are not answered yet: ${drivers}.`,
      'drivers-excluded': (count: number, total: number, drivers: string) =>
        `${count} of ${total} drivers are excluded by tailoring decision: ${drivers}.`,
      'answer-for-excluded-driver': (driver: string) =>
        `Driver ${driver} is excluded by tailoring; its answer is ignored.`,
      'thin-evidence': (count: number, total: number, drivers: string) =>
        `${count} of ${total} drivers rest on thin evidence: ${drivers}.`,
      'band-capped': (from: string, to: string, drivers: string) =>
        `Band capped from ${from} to ${to} by the critical drivers ${drivers} (rule-based algorithm).`,
    },
    derivation: {
      invalid: 'The input has errors: no total computed',
      notComputable: 'No driver answered: no total can be computed',
      capped: (band: string, from: string, drivers: string) =>
        `${band} (capped from ${from} by ${drivers})`,
      excluded: (drivers: string) => `excluded by tailoring: ${drivers}`,
      missing: (drivers: string) => `not answered (left out): ${drivers}`,
    },
    confidence: {
      'few-items': (value: number, limit: number) =>
        `${value} data item(s) coded + - 0 (fewer than ${limit})`,
      'no-rating-or-document': () => 'no interviewee rating and no reviewed document',
      'ratings-disagree': (value: number, limit: number) =>
        `interviewees' ratings spread over ${value} steps (${limit} or more)`,
      'items-below-high': (value: number, limit: number) =>
        `${value} data items (high needs ${limit})`,
      'raters-below-high': (value: number, limit: number) =>
        `${value} interviewee rating(s) (high needs ${limit})`,
      'spread-above-high': (value: number, limit: number) =>
        `ratings spread over ${value} steps (high needs ${limit} at most)`,
      'documents-below-high': (value: number, limit: number) =>
        `${value} reviewed document(s) (high needs ${limit})`,
      'evidence-high': (items: number, raters: number, spread: number | null, documents: number) =>
        `${items} data items, ${raters} interviewees${spread === null ? '' : ` agreeing within ${spread} step(s)`}, ${documents} document(s)`,
    },
    candidate: (driver: string, answer: string | null, failures: number) =>
      `${driver}: ${answer ? `answered ${answer}` : 'not evaluated yet'}${failures > 0 ? `, ${failures} failure items (-)` : ''}.`,
  },
  summary: {
    kicker: 'Incident Management Mission Diagnostic · Executive summary',
    title: 'Executive summary',
    imc: (id: string) => `IMC ${id}`,
    method: (version: string) => `method ${version}`,
    state: (state: string) => `state ${state}`,
    generated: (date: string) => `generated ${date}`,
    indicative: (band: string) => `${band} (indicative, not final)`,
    bandsBelow: (bands: number) => `${bands} band(s) below the threshold`,
    meets: 'meets the threshold',
    wouldMeet: 'would meet the threshold',
    position: (current: string, threshold: string, differential: string) =>
      `Current potential: ${current} · Success threshold: ${threshold}${differential ? ` · ${differential}` : ''}`,
    driversAtAGlance: 'Drivers at a glance',
    profileChartName: 'Success profile',
    driverChartName: 'Driver chart',
    driverChartDescription: 'Each driver’s value, answer and the total',
    strongest: 'Three strongest drivers',
    weakest: 'Three weakest drivers',
    noDriverScored: 'No driver scored yet.',
    noOtherDriverScored: 'No other driver scored yet.',
    nextSteps: 'Recommended next steps',
    evaluateMissing: (ids: string) => `Evaluate the drivers not answered yet: ${ids}.`,
    ownerDue: (owner: string, due: string) => `Owner ${owner} · due ${due}`,
    planFor: (candidate: string) => `Plan an improvement for ${candidate}`,
    noNextStep: 'No next step recorded yet: plan improvements in A6.',
    itemsNoneCoded: (count: number, code: string) => `${count} data item(s), none coded ${code}`,
    noItem: 'No data item recorded for this driver.',
  },
  charts: {
    driverValue: 'Driver value',
    total: (total: string) => `Total ${total}`,
    profileTitle: 'IMC success profile',
    profileSubtitle: (current: string, threshold: string) =>
      `Current: ${current} · Threshold: ${threshold}`,
    provisionalBand: (band: string) => `${band} (provisional, not final)`,
    noBandStatus: (status: string) => `no band (${status})`,
    successThreshold: 'Success threshold',
    currentPotential: 'Current potential',
    totalValue: 'Total value',
    cohortTitle: 'Cohort benchmark: the engagement against the cohort’s quartiles',
    cohortRange: 'Cohort Q1–Q3',
    cohortMedian: 'Cohort median',
    thisEngagement: 'This engagement',
    suppressed: 'suppressed',
    comparisonTitle: 'Re-assessment: driver values before and now',
    previous: 'Previous',
    current: 'Now',
  },
  sections: {
    driverTable: 'Driver table',
    driverDetail: 'Driver detail',
    sensitivity: 'Sensitivity',
    improvements: 'Improvements',
    lessons: 'Lessons learned',
    methodNotes: 'Method notes',
    documentsReviewed: 'Documents reviewed',
    interviewHandout: 'Interview handout',
    benchmark: 'Cohort benchmark',
    comparison: 'Re-assessment comparison',
  },
  driverTable: {
    header: [
      'Driver',
      'Name',
      'Answer',
      'Value',
      'Weight',
      'Contribution',
      'Confidence',
      '+ / − / 0 / ?',
    ],
    legend:
      'Value: the answer’s value on the 0–100 scale, shaded in the colour of the band it falls in. Weight and contribution: the driver’s share of the total. Last column: data items coded for success (+), against it (−), neutral (0) and unknown (?).',
  },
  driverDetail: {
    groups: {
      '+': 'For success (+)',
      '-': 'Against success (−)',
      '0': 'Neutral (0)',
      '?': 'Effect unknown (?)',
    },
    answer: 'Answer',
    confidence: 'Confidence',
    rationale: 'Rationale',
    noItems: 'No data items.',
    describeAnswer: (answer: string, value: string, weight: string, contribution: string) =>
      `${answer} · value ${value} · weight ${weight} · contribution ${contribution}`,
  },
  sensitivity: {
    header: ['Driver', 'Answer', 'One step up', 'One step down'],
    intro: 'What one step up or down on each answered driver would do to the total and band:',
    candidates: 'Next-step candidates for A6 (weakest first)',
  },
  improvements: {
    header: ['Driver', 'Improvement', 'Owner · due', 'Priority', 'Status', 'Expected answer'],
    none: 'No improvements recorded.',
  },
  lessons: { header: ['Category', 'Lesson', 'Author', 'Date'], none: 'No lessons recorded.' },
  documents: {
    header: ['Document', 'Reviewed', 'File', 'Version', 'SHA-256', 'Size'],
    hidden: 'hidden (TLP)',
    noFile: 'no file attached',
    bytes: (size: string) => `${size} bytes`,
    empty: 'No document has been reviewed.',
    intro:
      'Each reviewed document with its current evidence file(s). The SHA-256 identifies the exact content the assessors read.',
  },
  handout: {
    answerCriteria: 'Answer criteria',
    noCriteria: 'No criteria recorded.',
    header: ['Answer', 'Criteria', 'Provenance'],
  },
  methodNotes: {
    statusHeading: 'Status, total value and band',
    status: 'Status',
    why: 'Why',
    totalValue: 'Total value',
    band: 'Band',
    noFinalBand: 'no final band',
    indicativeBand: 'Indicative band (not final)',
    threshold: 'Success threshold',
    differential: 'Success differential',
    bandsShort: (bands: number, points: string) =>
      `${bands} band(s) below the threshold (${points} points short)`,
    meetsOrExceeds: 'meets or exceeds the threshold',
    wouldMeet: 'would meet or exceed the threshold (indicative: the result is not final)',
    algorithm: 'Algorithm',
    cap: 'Cap',
    derivation: 'Derivation',
    notAnsweredYet: 'Not answered yet',
    bandHeader: ['Band', 'Total value', 'Meaning'],
    bandSources: (sources: string) => `Band meanings: ${sources}.`,
    coverageHeading: 'Coverage, exclusions and confidence',
    coverage: 'Coverage',
    excluded: 'Excluded drivers',
    excludedEntry: (id: string, reason: string, by: string, date: string, origin: string) =>
      `${id}: ${reason} (decided by ${by}${date ? `, ${date}` : ''}; ${origin})`,
    excludedHeader: ['Excluded driver', 'Reason', 'Decided by', 'Date', 'Origin'],
    confidence: 'Confidence',
    noThinEvidence: 'no driver rests on thin evidence',
    warnings: 'Warnings',
    noWarnings: 'No warnings.',
    scopeHeading: 'Scope and method',
    organization: 'Organization',
    imc: 'IMC',
    teams: 'Teams assessed',
    methodVersion: 'Method version',
    methodVersionValue: (name: string, version: string, algorithm: string) =>
      `${name} (${version}), algorithm ${algorithm}`,
    scopeList: 'Scope list',
    scopeListValue: (entries: number, interviewed: number) =>
      `${entries} entries, ${interviewed} interviewed`,
    documents: 'Documents',
    documentsValue: (listed: number, reviewed: number) => `${listed} listed, ${reviewed} reviewed`,
    planned: 'Planned',
    conducted: 'Conducted',
    period: (from: string, to: string) => `${from} to ${to}`,
    marking: 'Marking',
    aboutHeading: 'About this method version',
    rulesHeader: ['Rule', 'Provenance', 'Detail'],
  },
  rules: {
    labels: 'Answer labels and band names and ranges',
    labelsDetail: 'As on the IMMD worksheet (No … Yes; Minimal 0–14 … Excellent 85–100).',
    questions: 'Driver questions',
    questionsDetail:
      'Questions not read in a source are reconstructed wording, editable by tailoring.',
    values: 'Answer values',
    criteria: 'Answer criteria',
    criteriaDetail: 'What must be true to give each answer; not stated in any source read.',
    algorithm: (algorithm: string) => `Scoring algorithm: ${algorithm}`,
    mean: 'The plain mean of the answered drivers (the source only says "a simple algorithm").',
    ruleBased: (base: string, caps: string) => `The ${base} total, with caps: ${caps}.`,
    cap: (answer: string, drivers: string, band: string) =>
      `${answer} on ${drivers} → at most ${band}`,
    weighted: 'Weights renormalised over the answered drivers.',
    bandMeanings: 'Band meanings',
    bandMeaningsDetail: (sources: string) => `Our own words, carrying the meaning of: ${sources}.`,
    rounding: 'Rounding before the band lookup',
    roundingDetail: 'Half up to an integer (84.375 → 84 → High).',
    exclusions: 'Exclusions',
    exclusionsDetail:
      'A driver leaves the scored set only by a recorded tailoring decision; the rest are renormalised.',
    coverage: 'Coverage minimum',
    coverageDetail: (share: number) =>
      `At least ${share}% of the method's drivers must stay in the scored set, else the band is withheld; a result is provisional until every driver in the set is evaluated.`,
    confidence: 'Confidence per driver',
    confidenceDetail: (
      minItems: number,
      thinSpread: number,
      highItems: number,
      highRaters: number,
      highSpread: number,
      highDocuments: number,
    ) =>
      `Thin evidence: fewer than ${minItems} data items, no interviewee and no document, or ratings spread over ${thinSpread}+ steps. High: ${highItems}+ items, ${highRaters}+ interviewees within ${highSpread} step(s), ${highDocuments}+ document(s).`,
    translation: 'Translation of the method texts',
    translationDetail: (source: string) =>
      `Our translation (${source}), not SEI text; each translated text keeps the provenance of the English text it translates.`,
    worksheetColumns: 'Worksheet table columns',
    sensitivity: 'Sensitivity and next-step candidates',
    sensitivityDetail:
      'Fewest one-step upgrades; ties go to the weakest drivers and those with failure items.',
  },
  worksheets: {
    names: {
      summary: 'Summary',
      worksheet: 'IMMD Worksheet',
      dataItems: 'Data items',
      scopeList: 'Scope List',
      documents: 'Document Checklist',
      checklist: 'Preparation Checklist',
      improvements: 'Improvements',
      lessons: 'Lessons learned',
      handout: 'Interview handout',
    },
    summaryHeader: ['Field', 'Value'],
    summary: {
      title: 'Title',
      organization: 'Organization',
      imc: 'IMC',
      state: 'State',
      methodVersion: 'Method version',
      algorithm: 'Algorithm',
      status: 'Status',
      statusReasons: 'Status reasons',
      total: 'Total value',
      band: 'Band (final only)',
      indicativeBand: 'Indicative band (not final)',
      cap: 'Band cap',
      excluded: 'Excluded drivers',
      excludedEntry: (id: string, reason: string, by: string, origin: string) =>
        `${id}: ${reason} (by ${by}; ${origin})`,
      thinEvidence: 'Thin evidence',
      warnings: 'Warnings',
      candidates: 'Next-step candidates (A6)',
      threshold: 'Success threshold',
      differentialBands: 'Differential (bands)',
      differentialPoints: 'Differential (points)',
      derivation: 'Derivation',
      teams: 'Teams',
      generated: 'Generated',
      aboutRule: (rule: string) => `About this method version: ${rule}`,
    },
    worksheetHeader: [
      'Driver',
      'Short name',
      'Question',
      'Answer',
      'Value',
      'Weight',
      'Contribution',
      'Rationale',
      'Success items (+)',
      'Failure items (-)',
      'Neutral items (0)',
      'Unknown items (?)',
      'Question provenance',
      'Value provenance',
      'Confidence',
    ],
    dataItemsColumns: {
      effect: 'Effect',
      text: 'Text',
      source: 'Source',
      drivers: 'Drivers',
      created: 'Created',
    } satisfies ReportHeaders<typeof dataItems>,
    scopeColumns: {
      position: 'Position',
      kind: 'Kind',
      pseudonym: 'Pseudonym',
      unit: 'Unit',
      role: 'Role',
      functions: 'Functions',
      interviewed: 'Interviewed',
    } satisfies ReportHeaders<typeof scopeEntries>,
    documentsColumns: {
      position: 'Position',
      title: 'Title',
      kind: 'Kind',
      owner: 'Owner',
      requested: 'Requested',
      received: 'Received',
      reviewed: 'Reviewed',
      files: 'Files (name, version, SHA-256, size)',
    } satisfies ReportHeaders<typeof documents>,
    checklistColumns: {
      position: 'Position',
      activity: 'Activity',
      item: 'Item',
      owner: 'Owner',
      due: 'Due',
      done: 'Done',
      doneAt: 'Done at',
    } satisfies ReportHeaders<typeof checklistItems>,
    improvementsColumns: {
      driver: 'Driver',
      improvement: 'Improvement',
      priority: 'Priority',
      status: 'Status',
      owner: 'Owner',
      due: 'Due',
      expectedAnswer: 'Expected answer',
    } satisfies ReportHeaders<typeof improvements>,
    lessonsColumns: {
      category: 'Category',
      lesson: 'Lesson',
      author: 'Author',
      date: 'Date',
    } satisfies ReportHeaders<typeof lessonsLearned>,
    handoutHeader: ['Driver', 'Item', 'Text', 'Provenance'],
    question: 'Question',
    consider: 'Consider',
    criteriaFor: (label: string) => `Answer criteria: ${label}`,
  },
  benchmark: {
    notApplicable: (reason: string) => `No cohort benchmark: ${reason}`,
    notFetched: 'the benchmark was not part of this export.',
    intro:
      'Where each driver and the total sit among comparable IMCs: the cohort’s median and quartiles (0–100). Only aggregates are shown; no other organization’s engagement, name or id.',
    cohort: 'Cohort',
    scope: {
      ORGANIZATION: 'your organization’s engagements',
      CROSS_ORGANIZATION: 'every organization that opted in',
    },
    cohortDefinition: (scope: string, dimensions: string) =>
      `the latest closed, scored assessment of each IMC among ${scope}${dimensions ? `, sharing ${dimensions}` : ''}`,
    dimension: {
      ORGANIZATIONAL_MODEL: 'organizational model',
      COUNTRY: 'country',
      CONSTITUENCY: 'constituency',
      SIZE_BAND: 'size band',
    },
    notRecorded: 'not recorded',
    size: 'Cohort size',
    sizeValue: (engagements: number, organizations: number) =>
      `${engagements} engagements of ${organizations} organization(s)`,
    thresholds: 'Privacy thresholds',
    thresholdsValue: (k: number, kPrime: number) =>
      `k = ${k} engagements at least per statistic, k' = ${kPrime} distinct organizations at least (cross-organization cohorts)`,
    shared: 'Drivers compared',
    unshared: 'Not compared (no counterpart in the cohort’s method)',
    header: ['Driver', 'This engagement', 'Cohort Q1', 'Median', 'Q3', 'Position'],
    total: 'Total',
    position: {
      BELOW_FIRST_QUARTILE: 'below Q1',
      INTERQUARTILE: 'Q1–Q3',
      ABOVE_THIRD_QUARTILE: 'above Q3',
    },
    suppressedCell: (reason: string) => `suppressed: ${reason}`,
    suppression: {
      TOO_FEW_ENGAGEMENTS: (k: number) => `fewer than k = ${k} engagements`,
      TOO_FEW_ORGANIZATIONS: (kPrime: number) => `fewer than k' = ${kPrime} organizations`,
      NOT_OPTED_IN: (_threshold: number) =>
        'your organization has not opted in to cross-organization benchmarks',
    },
    notes: 'Notes',
    sheet: 'Cohort benchmark',
    sheetHeader: [
      'Row',
      'Driver',
      'Name',
      'Value',
      'Count',
      'Min',
      'Q1',
      'Median',
      'Q3',
      'Max',
      'Position',
      'Suppressed',
      'Reason',
    ],
    rowCohort: 'cohort',
    rowDriver: 'driver',
    rowTotal: 'total',
    chartName: 'Cohort benchmark chart',
    chartDescription: 'Each driver’s value against the cohort’s quartile range and median',
  },
  comparison: {
    notApplicable:
      'No re-assessment comparison: this is a first assessment (no previous engagement).',
    intro: (previous: string) =>
      `Each driver compared with the previous assessment${previous ? ` (${previous})` : ''}: answer values on the 0–100 scale and the change in points.`,
    deltaHeader: ['Driver', 'Previous', 'Now', 'Change', 'Trend'],
    change: {
      IMPROVED: 'improved',
      DECLINED: 'declined',
      UNCHANGED: 'unchanged',
      NOT_COMPARABLE: 'not comparable',
    },
    excluded: 'excluded',
    unanswered: 'not answered',
    improvementsHeading: 'Did the improvements work?',
    improvementsIntro:
      'Each improvement of the previous assessment that named an expected answer, judged against the answer now.',
    noImprovements: 'No improvement of the previous assessment named an expected answer.',
    improvementsHeader: ['Driver', 'Improvement', 'Status', 'Before', 'Expected', 'Now', 'Outcome'],
    outcome: {
      MET: 'met',
      PARTLY: 'partly met',
      NOT_MET: 'not met',
      DRIVER_EXCLUDED: 'driver excluded',
      NOT_YET_ANSWERED: 'not answered yet',
    },
    outcomeCounts: (counts: string) => `Outcomes: ${counts}.`,
    sheet: 'Re-assessment',
    sheetHeader: [
      'Driver',
      'Name',
      'Previous answer',
      'Previous value',
      'Previous excluded',
      'Current answer',
      'Current value',
      'Current excluded',
      'Delta',
      'Change',
    ],
    improvementSheet: 'Improvement outcomes',
    improvementSheetHeader: [
      'Driver',
      'Improvement',
      'Status',
      'Previous answer',
      'Expected answer',
      'Current answer',
      'Outcome',
    ],
    chartName: 'Re-assessment chart',
    chartDescription: 'Each driver’s value in the previous assessment and now',
  },
} as const

/** The shape of a report catalogue: every key of the English one, each a string or a formatter. */
export type ReportMessages = Widen<typeof EN>

/** The English catalogue. */
export const REPORT_MESSAGES_EN: ReportMessages = EN
