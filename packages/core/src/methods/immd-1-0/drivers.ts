/**
 * The ten IMMD 1.0 drivers (domain reference §1.2) with their placeholder prompts (§1.3).
 *
 * Only D1's question is read in a source; D2-D10 are reconstructed from the short names in the same
 * yes/no pattern, so "Yes" stays the favourable answer (the scoring assumes that polarity).
 * The prompts are product placeholders until the IMMD Handout text (TR-007) is available.
 *
 * @packageDocumentation
 */
import type { DriverDefinition, SourcedText } from '../../method-types.js'

/** Source tag for text reconstructed by our research rather than read. */
const INFERRED_SOURCE = 'INF'

function inferredQuestion(text: string): SourcedText {
  return { text, provenance: 'inferred', source: INFERRED_SOURCE }
}

function designPrompts(source: string, texts: string[]): SourcedText[] {
  return texts.map((text) => ({ text, provenance: 'design', source }))
}

/** The ten standard drivers, weight 1 each, in worksheet order. */
export const IMMD_1_0_DRIVERS: DriverDefinition[] = [
  {
    id: 'D1',
    number: 1,
    shortName: 'realistic and well-articulated goals',
    question: {
      text: "Are the IMC's goals realistic and well-articulated?",
      provenance: 'read',
      source: 'SEED-IMMD',
    },
    prompts: designPrompts('SEED-IMMD', [
      'Is the IMC mission/goal set published to constituents?',
      'Do personnel, stakeholders and constituents understand it?',
      'Are goals achievable with current resources?',
    ]),
    weight: 1,
  },
  {
    id: 'D2',
    number: 2,
    shortName: 'effective communication and information sharing',
    question: inferredQuestion(
      'Are communication and information sharing about IMC activities effective?',
    ),
    prompts: designPrompts('SEED-OM5', [
      'Is there an up-to-date notification list of people/units?',
      'Are secure channels (mail, teleconference, extranet/intranet) in place?',
      'Are regular virtual and face-to-face team meetings held?',
    ]),
    weight: 1,
  },
  {
    id: 'D3',
    number: 3,
    shortName: 'well-understood customer needs and requirements',
    question: inferredQuestion('Are customer needs and requirements well understood?'),
    prompts: designPrompts('FIRST-COURSE, FIRST-SV', [
      'Is the constituency clearly defined?',
      'Is there feedback from constituents (surveys, incident feedback)?',
    ]),
    weight: 1,
  },
  {
    id: 'D4',
    number: 4,
    shortName:
      'organizational and political conditions that facilitate completion of IMC activities',
    question: inferredQuestion(
      'Do organizational and political conditions facilitate completion of IMC activities?',
    ),
    prompts: designPrompts('FIRST-COURSE, SEED-OM5', [
      'Does the IMC have a sponsor and a defined authority (full / shared / none)?',
      'Do divisional managers release staff for incident work when needed?',
    ]),
    weight: 1,
  },
  {
    id: 'D5',
    number: 5,
    shortName:
      'operational processes that support efficient and effective process execution of IMC activities',
    question: inferredQuestion(
      'Do the operational processes support efficient and effective execution of IMC activities?',
    ),
    prompts: designPrompts('SEED-OM5, OM-ch4', [
      'Are incident handling policies, procedures and processes formalized?',
      'Is there an escalation procedure (management, PR, law enforcement)?',
      'Is there a follow-up check that response steps were applied at every site?',
    ]),
    weight: 1,
  },
  {
    id: 'D6',
    number: 6,
    shortName: 'IMC management that facilitates execution of tasks and activities',
    question: inferredQuestion('Does IMC management facilitate execution of tasks and activities?'),
    prompts: designPrompts('SEED-OM5', [
      'Is there a designated IMC manager with a trained backup?',
      'Does the manager coordinate, supervise and negotiate resources?',
    ]),
    weight: 1,
  },
  {
    id: 'D7',
    number: 7,
    shortName: 'efficient and effective task execution',
    question: inferredQuestion('Is task execution efficient and effective?'),
    prompts: designPrompts('SEED-OM5', [
      'Are response steps carried out consistently?',
      'Are tasks assigned by expertise?',
      'Is quality assurance applied?',
    ]),
    weight: 1,
  },
  {
    id: 'D8',
    number: 8,
    shortName: 'sufficient staffing and funding for all IMC activities',
    question: inferredQuestion('Are staffing and funding sufficient for all IMC activities?'),
    prompts: designPrompts('SEED-OM5', [
      'Are there enough staff with the needed skills, with backups and cross-training?',
      'Is the time share of part-time members agreed?',
      'Is funding (incl. compensation, training) secured?',
    ]),
    weight: 1,
  },
  {
    id: 'D9',
    number: 9,
    shortName: 'adequate technological and physical infrastructure',
    question: inferredQuestion(
      'Is the technological and physical infrastructure adequate to support IMC activities?',
    ),
    prompts: designPrompts('SEED-OM5', [
      'Can every member reach a shared incident tracking system?',
      'Are secure communications available?',
      'Is test equipment available?',
    ]),
    weight: 1,
  },
  {
    id: 'D10',
    number: 10,
    shortName: 'effectively managed changing circumstances and unpredictable events',
    question: inferredQuestion(
      'Are changing circumstances and unpredictable events managed effectively?',
    ),
    prompts: designPrompts('SEED-OM5', [
      'Is the contact list kept current through reorganizations?',
      "Can the team cope with a crisis that also hits members' day jobs?",
    ]),
    weight: 1,
  },
]
