/**
 * A small but complete engagement report (the shape `fetchEngagementReport` returns): IMMD 1.0,
 * eight drivers at Likely Yes and two at Equally Likely (total 70, High), against a High threshold.
 */
import { getBuiltInMethod } from '@immd/core/method'
import type { EngagementReport, WorksheetCode } from '../src/report-input.js'

const tally = (success: number, failure: number) => ({
  success,
  failure,
  neutral: 0,
  unknown: 0,
})
const answers = ['NO', 'LIKELY_NO', 'EQUALLY_LIKELY', 'LIKELY_YES', 'YES'] as const
const labels = ['No', 'Likely No', 'Equally Likely', 'Likely Yes', 'Yes']
const bands = [
  ['MINIMAL', 'Minimal', 0, 14],
  ['LOW', 'Low', 15, 34],
  ['BORDERLINE', 'Borderline', 35, 64],
  ['HIGH', 'High', 65, 84],
  ['EXCELLENT', 'Excellent', 85, 100],
] as const
/** IMMD 1.0's worksheets as the API spells them (enum codes, upper-case provenance). */
const worksheets = (getBuiltInMethod('immd-1.0')?.worksheets ?? []).map((w) => ({
  code: w.id.toUpperCase().replaceAll('-', '_') as WorksheetCode,
  fields: w.fields.map((f) => ({
    code: f.id,
    provenance: f.provenance.toUpperCase() as 'READ' | 'INFERRED' | 'DESIGN',
  })),
}))
const driverIds = Array.from({ length: 10 }, (_, i) => `D${i + 1}`)
const answerOf = (id: string) => (id === 'D8' || id === 'D9' ? 'EQUALLY_LIKELY' : 'LIKELY_YES')

/** Builds the fixture; `title` lets tests tell documents apart. */
export function buildReportFixture(title = 'Zürich IMC baseline 2026'): EngagementReport {
  return {
    id: 'RW5nYWdlbWVudDox',
    title,
    state: 'CLOSED',
    imcId: 'zrh-imc',
    methodVersion: 'immd-1.0',
    successThreshold: 'HIGH',
    latestTotal: 70,
    latestBand: 'HIGH',
    plannedStart: '2026-03-02T00:00:00.000Z',
    plannedEnd: '2026-04-30T00:00:00.000Z',
    actualStart: '2026-03-02T00:00:00.000Z',
    actualEnd: '2026-04-20T00:00:00.000Z',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-04-20T00:00:00.000Z',
    teamSnapshot: [{ 'short-team-name': 'ZRH-CSIRT' }, { 'short-team-name': 'ZRH-SOC' }],
    organization: {
      id: 'T3JnOjE=',
      slug: 'zrh',
      name: 'Zürich Example AG',
    },
    team: { id: 'VGVhbTox', shortName: 'ZRH-CSIRT' },
    method: {
      version: 'immd-1.0',
      name: 'Incident Management Mission Diagnostic, Version 1.0',
      description: 'IMMD',
      algorithm: 'MEAN',
      basedOn: null,
      answers: answers.map((answer, i) => ({
        answer,
        label: labels[i] as string,
        value: i * 25,
        provenance: 'INFERRED' as const,
        criteria: {
          text: `What must be true for ${labels[i]}.`,
          provenance: 'INFERRED' as const,
        },
      })),
      bands: bands.map(([band, label, min, max], index) => ({
        band,
        label,
        min,
        max,
        index,
        meaning: `${label} potential`,
        meaningSource: 'SEED-IMMD results table (paraphrased in our own words)',
      })),
      drivers: driverIds.map((id, i) => ({
        id: `immd-1.0:${id}`,
        code: id,
        number: i + 1,
        shortName: `driver ${i + 1} short name`,
        weight: 1,
        question: {
          text: `Is condition ${i + 1} met?`,
          provenance: i === 0 ? ('READ' as const) : ('INFERRED' as const),
        },
        prompts: [
          {
            text: `Consider the evidence for condition ${i + 1}.`,
            provenance: 'INFERRED' as const,
          },
        ],
      })),
      worksheets,
      scoringRules: {
        coverage: { minimumScoredShare: 0.8, provenance: 'DESIGN' },
        confidence: {
          minItems: 2,
          thinSpreadSteps: 3,
          highItems: 3,
          highRaters: 2,
          highSpreadSteps: 1,
          highDocuments: 1,
          provenance: 'DESIGN',
        },
        ruleBased: {
          base: 'MEAN',
          criticalDrivers: driverIds,
          caps: [
            { answer: 'NO', maxBand: 'BORDERLINE' },
            { answer: 'LIKELY_NO', maxBand: 'HIGH' },
          ],
          provenance: 'DESIGN',
        },
      },
    },
    phases: [],
    result: {
      algorithm: 'MEAN',
      methodVersion: 'immd-1.0',
      total: 70,
      roundedTotal: 70,
      band: 'HIGH',
      finalBand: 'HIGH',
      computedBand: 'HIGH',
      status: 'FINAL',
      statusReasons: [],
      coverage: {
        methodDrivers: 10,
        scoredDrivers: 10,
        evaluatedDrivers: 10,
        minimumScoredDrivers: 8,
      },
      excluded: [],
      cap: null,
      thinEvidence: ['D2'],
      complete: true,
      derivation: '(75×8 + 50×2) / 10 = 70.0 → 70 → High',
      derivationFormula: '(75×8 + 50×2) / 10 = 70.0 → 70',
      missing: [],
      warnings: [
        {
          code: 'thin-evidence',
          driverId: null,
          message: '1 of 10 drivers rest on thin evidence: D2.',
          count: 1,
          total: 10,
          answer: null,
          effect: null,
          driverIds: ['D2'],
          capFrom: null,
          capTo: null,
        },
      ],
      effectTally: tally(3, 2),
      answerTally: [],
      drivers: driverIds.map((driverId, i) => ({
        driverId,
        number: i + 1,
        answer: answerOf(driverId),
        value: answerOf(driverId) === 'LIKELY_YES' ? 75 : 50,
        weight: 0.1,
        contribution: answerOf(driverId) === 'LIKELY_YES' ? 7.5 : 5,
        status: 'ANSWERED' as const,
        tally: tally(driverId === 'D1' ? 2 : 0, driverId === 'D1' ? 1 : 0),
        confidence: {
          level: driverId === 'D2' ? ('LOW' as const) : ('MEDIUM' as const),
          items: driverId === 'D1' ? 3 : 2,
          raters: 2,
          spread: 1,
          documents: 0,
          reasons:
            driverId === 'D2'
              ? ['0 data item(s) coded + - 0 (fewer than 2)']
              : ['0 reviewed document(s) (high needs 1)'],
          findings:
            driverId === 'D2'
              ? [{ code: 'few-items', value: 0, limit: 2 }]
              : [{ code: 'documents-below-high', value: 0, limit: 1 }],
        },
      })),
      profile: {
        current: 'HIGH',
        threshold: 'HIGH',
        differentialBands: 0,
        differentialPoints: -5,
        meetsThreshold: true,
      },
      sensitivity: {
        candidates: ['D8', 'D9'].map((driverId) => ({
          driverId,
          answer: 'EQUALLY_LIKELY' as const,
          failureItems: 0,
          reasons: ['weak-answer'],
          message: `${driverId} (driver short name): answered Equally Likely.`,
        })),
        drivers: [
          {
            driverId: 'D8',
            number: 8,
            answer: 'EQUALLY_LIKELY',
            status: 'ANSWERED',
            up: {
              answer: 'LIKELY_YES',
              total: 72.5,
              band: 'HIGH',
              bandChanged: false,
            },
            down: {
              answer: 'LIKELY_NO',
              total: 67.5,
              band: 'HIGH',
              bandChanged: false,
            },
          },
        ],
        pathToThreshold: {
          reachable: true,
          reason: null,
          threshold: 'HIGH',
          band: 'HIGH',
          total: 70,
          moves: [],
        },
      },
    },
    evaluations: driverIds.map((driverId) => ({
      id: `ev-${driverId}`,
      driverId,
      answer: answerOf(driverId),
      notApplicable: false,
      rationale: driverId === 'D1' ? 'Goals are published; funding is stretched.' : null,
      evaluatedAt: '2026-04-10T00:00:00.000Z',
      evaluator: { name: 'Lena Lead' },
    })),
    dataItems: [
      {
        id: 'di1',
        text: 'Mission published to every constituent.',
        effect: 'SUCCESS',
        effectCode: '+',
        sourceKind: 'document',
        drivers: ['D1'],
        createdAt: '2026-03-10T00:00:00.000Z',
      },
      {
        id: 'di2',
        text: 'Funding and staffing are stretched.',
        effect: 'FAILURE',
        effectCode: '-',
        sourceKind: 'interview',
        drivers: ['D1', 'D8'],
        createdAt: '2026-03-11T00:00:00.000Z',
      },
    ],
    improvements: [
      {
        id: 'im1',
        driverId: 'D8',
        proposal: 'Agree written time shares with divisional managers.',
        priority: 'HIGH' as const,
        status: 'ACCEPTED' as const,
        ownerName: 'Miriam Keller',
        owner: null,
        dueDate: '2026-09-30T00:00:00.000Z',
        expectedAnswer: 'LIKELY_YES' as const,
      },
    ],
    lessons: [
      {
        id: 'l1',
        text: 'Request documents two weeks before interviews.',
        category: 'documents',
        createdAt: '2026-04-21T00:00:00.000Z',
        author: { name: 'Arun Assessor' },
      },
    ],
    scopeList: [
      {
        id: 's1',
        kind: 'PERSON' as const,
        pseudonym: 'Interviewee 01',
        unit: 'HQ',
        role: 'CSIRT manager',
        functions: ['RESPOND' as const],
        interviewed: true,
        position: 1,
      },
    ],
    documents: [
      {
        id: 'd1',
        title: 'RFC 2350 description',
        kind: 'rfc2350',
        owner: null,
        requestedAt: null,
        receivedAt: null,
        reviewedAt: '2026-03-09T00:00:00.000Z',
        position: 1,
        files: {
          edges: [
            {
              node: {
                fileName: 'rfc2350.pdf',
                version: 2,
                sha256: 'a3f1c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7',
                sizeBytes: 48213,
                deletedAt: null,
              },
            },
          ],
        },
      },
      {
        id: 'd2',
        title: 'Incident handling procedure',
        kind: 'procedure',
        owner: null,
        requestedAt: null,
        receivedAt: null,
        reviewedAt: '2026-03-10T00:00:00.000Z',
        position: 2,
        files: { edges: [] },
      },
    ],
    preparationChecklist: [
      {
        id: 'c1',
        activityId: 'PRA1',
        text: 'Record sponsorship',
        done: true,
        doneAt: '2026-02-10T00:00:00.000Z',
        dueDate: null,
        position: 1,
        owner: null,
      },
    ],
  }
}

/**
 * The same engagement while still being evaluated: D1 answered only, D9 and D10 excluded by a
 * tailoring decision, so the result is provisional (indicative band Excellent, never final).
 */
export function buildProvisionalFixture(): EngagementReport {
  const report = buildReportFixture('Provisional IMC 2026')
  const excluded = ['D9', 'D10']
  return {
    ...report,
    result: {
      ...report.result,
      total: 100,
      roundedTotal: 100,
      band: 'EXCELLENT',
      finalBand: null,
      computedBand: 'EXCELLENT',
      status: 'PROVISIONAL',
      statusReasons: [
        {
          code: 'drivers-not-evaluated',
          message:
            'Provisional: 7 of 8 drivers in the scored set are not evaluated yet (D2, D3, D4, D5, D6, D7, D8); the band is indicative, not final.',
          count: 7,
          total: 8,
          minimum: null,
          driverIds: ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'],
        },
      ],
      excluded: excluded.map((driverId) => ({
        driverId,
        reason: `${driverId} is outsourced to the group SOC`,
        decidedBy: 'Lena Lead',
        decidedAt: '2026-03-01T10:00:00.000Z',
        origin: 'TAILORING' as const,
      })),
      complete: false,
      missing: ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'],
      derivation:
        '(100×1) / 1 = 100.0 → 100 → Excellent; excluded by tailoring: D9, D10; not answered (excluded): D2, D3, D4, D5, D6, D7, D8',
      derivationFormula: '(100×1) / 1 = 100.0 → 100',
      warnings: [
        {
          code: 'drivers-excluded',
          driverId: null,
          message:
            '2 of 10 drivers excluded by tailoring decision: D9 (D9 is outsourced to the group SOC); D10 (D10 is outsourced to the group SOC).',
          count: 2,
          total: 10,
          answer: null,
          effect: null,
          driverIds: ['D9', 'D10'],
          capFrom: null,
          capTo: null,
        },
        {
          code: 'incomplete',
          driverId: null,
          message: '7 of 8 drivers not answered yet: D2, D3, D4, D5, D6, D7, D8.',
          count: 7,
          total: 8,
          answer: null,
          effect: null,
          driverIds: ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'],
          capFrom: null,
          capTo: null,
        },
      ],
      drivers: report.result.drivers.map((driver) =>
        driver.driverId === 'D1'
          ? { ...driver, answer: 'YES' as const, value: 100, weight: 1, contribution: 100 }
          : {
              ...driver,
              answer: null,
              value: null,
              weight: 0,
              contribution: 0,
              status: excluded.includes(driver.driverId)
                ? ('EXCLUDED' as const)
                : ('MISSING' as const),
              confidence: excluded.includes(driver.driverId) ? null : driver.confidence,
            },
      ),
    },
  }
}
