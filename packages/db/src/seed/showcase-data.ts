/**
 * The showcase added to the demo on a first start (issue #19 "Demo that shows the product",
 * issue #15): more IMCs of ACME in other organizational models and phases, one of them re-assessed
 * with improvements that name expected answers, and three more organizations that opted in to
 * cross-organization benchmarks, so the portfolio, results and analytics pages have something to
 * show. All names are fictitious.
 *
 * @packageDocumentation
 */
import type { AnswerId } from '@immd/core/method-types'

/** Answers D1..D10 in order. */
type Answers = readonly AnswerId[]

/** One assessment of a showcase IMC. */
export interface ShowcaseAssessment {
  title: string
  /** Lifecycle state; `closed` ones are scored and join benchmark cohorts. */
  state: 'draft' | 'preparing' | 'collecting' | 'evaluating' | 'closed'
  /** Answers so far (none for early phases). */
  answers?: Answers
  /** Days before the seed's reference date the engagement was created. */
  ageDays: number
  /** Improvements agreed in A6 (closed assessments), checked by the next one. */
  improvements?: { driverId: string; proposal: string; expectedAnswer: AnswerId }[]
}

/** One IMC with its assessments, the first being the oldest. */
export interface ShowcaseImc {
  imcId: string
  model: string
  country: string
  constituency: string
  sizeBand: 'small' | 'medium' | 'large'
  assessments: readonly ShowcaseAssessment[]
}

/** One organization of the showcase. */
export interface ShowcaseOrganization {
  slug: string
  name: string
  /** Opted in to cross-organization benchmarks. */
  optIn: boolean
  imcs: readonly ShowcaseImc[]
}

const Y = 'yes'
const LY = 'likely-yes'
const EQ = 'equally-likely'
const LN = 'likely-no'
const N = 'no'

/** ACME's additional IMCs (the demo organization keeps its two original engagements first). */
export const ACME_SHOWCASE_IMCS: readonly ShowcaseImc[] = [
  {
    imcId: 'acme-retail-soc',
    model: 'internal_centralized',
    country: 'DE',
    constituency: 'enterprise',
    sizeBand: 'medium',
    assessments: [
      {
        title: 'ACME Retail SOC assessment 2024',
        state: 'closed',
        ageDays: 700,
        answers: [LY, EQ, LN, EQ, LY, EQ, LN, N, EQ, LY],
        improvements: [
          {
            driverId: 'D3',
            proposal: 'Write the escalation procedure for store incidents.',
            expectedAnswer: LY,
          },
          {
            driverId: 'D7',
            proposal: 'Introduce peer review of incident tickets.',
            expectedAnswer: LY,
          },
          {
            driverId: 'D8',
            proposal: 'Fund two additional analyst positions.',
            expectedAnswer: EQ,
          },
          {
            driverId: 'D9',
            proposal: 'Roll out the shared ticketing system to night shift.',
            expectedAnswer: Y,
          },
        ],
      },
      {
        title: 'ACME Retail SOC re-assessment 2026',
        state: 'closed',
        ageDays: 120,
        answers: [LY, LY, LY, EQ, LY, LY, EQ, N, Y, LY],
      },
    ],
  },
  {
    imcId: 'acme-plant-security',
    model: 'security_team',
    country: 'PL',
    constituency: 'enterprise',
    sizeBand: 'small',
    assessments: [
      {
        title: 'ACME plant security team diagnostic',
        state: 'collecting',
        ageDays: 20,
        answers: [EQ, LN, N],
      },
    ],
  },
  {
    imcId: 'acme-group-coordination',
    model: 'coordinating',
    country: 'DE',
    constituency: 'enterprise',
    sizeBand: 'large',
    assessments: [
      { title: 'ACME Group coordination CSIRT diagnostic', state: 'preparing', ageDays: 8 },
    ],
  },
]

const distributed = (
  imcId: string,
  country: string,
  title: string,
  answers: Answers,
  ageDays: number,
): ShowcaseImc => ({
  imcId,
  model: 'internal_distributed',
  country,
  constituency: 'enterprise',
  sizeBand: 'medium',
  assessments: [{ title, state: 'closed', ageDays, answers }],
})

/** Other organizations, all opted in, so cross-organization cohorts reach k and k'. */
export const SHOWCASE_ORGANIZATIONS: readonly ShowcaseOrganization[] = [
  {
    slug: 'northwind-health',
    name: 'Northwind Health',
    optIn: true,
    imcs: [
      distributed(
        'nw-hospitals',
        'NL',
        'Northwind hospitals CSIRT 2025',
        [Y, LY, LY, EQ, LY, Y, LY, EQ, LY, LY],
        300,
      ),
      distributed(
        'nw-labs',
        'BE',
        'Northwind labs IMC 2026',
        [LY, EQ, EQ, LN, EQ, LY, EQ, LN, EQ, EQ],
        90,
      ),
    ],
  },
  {
    slug: 'contoso-energy',
    name: 'Contoso Energy',
    optIn: true,
    imcs: [
      distributed(
        'ct-grid',
        'FR',
        'Contoso grid operations IMC',
        [LY, LY, Y, LY, LY, LY, LY, EQ, LY, Y],
        200,
      ),
      distributed(
        'ct-retail',
        'FR',
        'Contoso retail IMC',
        [EQ, LN, EQ, EQ, LN, EQ, LN, N, EQ, LN],
        160,
      ),
      {
        imcId: 'ct-national',
        model: 'combined',
        country: 'FR',
        constituency: 'energy sector',
        sizeBand: 'large',
        assessments: [
          {
            title: 'Contoso combined CSIRT 2026',
            state: 'evaluating',
            ageDays: 30,
            answers: [LY, LY, EQ, LY, EQ],
          },
        ],
      },
    ],
  },
  {
    slug: 'globex-public',
    name: 'Globex Public Sector CERT',
    optIn: true,
    imcs: [
      distributed(
        'gx-ministries',
        'AT',
        'Globex ministries IMC',
        [Y, Y, LY, LY, Y, LY, LY, LY, Y, LY],
        400,
      ),
      {
        imcId: 'gx-national',
        model: 'coordinating',
        country: 'AT',
        constituency: 'national',
        sizeBand: 'large',
        assessments: [
          {
            title: 'Globex national coordination 2025',
            state: 'closed',
            ageDays: 250,
            answers: [LY, EQ, LY, LY, EQ, LY, EQ, EQ, LY, LY],
          },
        ],
      },
    ],
  },
]
