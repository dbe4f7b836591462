/**
 * The IMMD 1.0 process: the three phases (§5.2-5.4) and their fifteen activities. Activity ids and
 * their main links are read from the method's data-flow slides; links that the reference marks `[INF]`
 * are listed in each activity's `inferredLinks`.
 *
 * Phase-level constraints and resources apply to every activity of the phase; an activity only lists
 * its own ones where the reference gives a per-activity assignment.
 *
 * @packageDocumentation
 */
import type { ActivityDefinition, PhaseDefinition } from '../../method-types.js'

/** The three phases with their phase-level data flow (read from the per-phase slides). */
export const IMMD_1_0_PHASES: PhaseDefinition[] = [
  {
    id: 'prepare',
    number: 1,
    name: 'Prepare for the IMMD',
    inputs: ['PRI1'],
    outputs: ['PRO1', 'PRO2', 'PRO3', 'PRO4', 'PRO5', 'PRO6', 'PRO7'],
    constraints: ['C1'],
    resources: ['R1', 'R2', 'R3', 'R4', 'R5'],
  },
  {
    id: 'conduct',
    number: 2,
    name: 'Conduct the IMMD',
    inputs: ['I1', 'I2'],
    outputs: ['O1', 'O2', 'O3', 'O4'],
    constraints: ['C1', 'PRO1', 'PRO2', 'PRO3', 'PRO4'],
    resources: ['PRO5', 'PRO6', 'PRO7'],
  },
  {
    id: 'post',
    number: 3,
    name: 'Complete the post-IMMD activities',
    inputs: ['PAI1', 'PAI2'],
    outputs: ['PAO1', 'PAO2', 'PAO3'],
    constraints: ['C1'],
    resources: ['R5', 'R6', 'R7'],
  },
]

type ActivityInput = Omit<ActivityDefinition, 'provenance' | 'inferredLinks'> & {
  inferredLinks?: string[]
}

/** Derives the activity's provenance from its inferred links so the two can never disagree. */
function defineActivity(activity: ActivityInput): ActivityDefinition {
  const inferredLinks = activity.inferredLinks ?? []
  return {
    ...activity,
    provenance: inferredLinks.length > 0 ? 'inferred' : 'read',
    inferredLinks,
  }
}

// Phase 1: the Preparation Checklist covers all six activities (read); per-activity resources are
// not legible on the slide, except the training artefacts that PRA5 obviously draws on ([INF]).
const PREPARE: ActivityInput[] = [
  {
    id: 'PRA1',
    phase: 'prepare',
    name: 'Develop stakeholder sponsorship',
    consumes: ['PRI1'],
    produces: ['PRO1'],
    constraints: ['C1'],
    resources: [],
    worksheets: ['preparation-checklist'],
  },
  {
    id: 'PRA2',
    phase: 'prepare',
    name: 'Set the IMMD scope',
    consumes: ['PRI1', 'PRO1'],
    produces: ['PRO2'],
    constraints: ['C1'],
    resources: [],
    worksheets: ['preparation-checklist'],
    inferredLinks: ['PRI1', 'PRO1'],
  },
  {
    id: 'PRA3',
    phase: 'prepare',
    name: 'Develop the IMMD plan',
    consumes: ['PRO1', 'PRO2'],
    produces: ['PRO3'],
    constraints: ['C1'],
    resources: [],
    worksheets: ['preparation-checklist'],
    inferredLinks: ['PRO1', 'PRO2'],
  },
  {
    id: 'PRA4',
    phase: 'prepare',
    name: 'Coordinate logistics',
    consumes: ['PRO3'],
    produces: ['PRO4'],
    constraints: ['C1'],
    resources: [],
    worksheets: ['preparation-checklist'],
    inferredLinks: ['PRO3'],
  },
  {
    id: 'PRA5',
    phase: 'prepare',
    name: 'Train personnel',
    consumes: [],
    produces: ['PRO5'],
    constraints: ['C1'],
    resources: ['R4'],
    worksheets: ['preparation-checklist'],
    inferredLinks: ['R4'],
  },
  {
    id: 'PRA6',
    phase: 'prepare',
    name: 'Tailor IMMD procedures, criteria, and supporting artifacts',
    consumes: ['PRI1'],
    produces: ['PRO6', 'PRO7'],
    constraints: ['C1'],
    resources: [],
    worksheets: ['preparation-checklist'],
  },
]

// Phase 2: worksheet assignments are [INF] from the worksheet purposes (§5.3, §6); the Handout goes
// with the interviews because it presents the drivers to the people being interviewed.
const CONDUCT: ActivityInput[] = [
  {
    id: 'A1',
    phase: 'conduct',
    name: 'Gather data from people',
    consumes: ['I1'],
    produces: ['N1'],
    constraints: [],
    resources: [],
    worksheets: ['scope-list', 'questionnaire', 'handout'],
    inferredLinks: ['scope-list', 'questionnaire', 'handout'],
  },
  {
    id: 'A2',
    // The activity slide says "Generate", the phase list "Gather"; the activity slide wins.
    phase: 'conduct',
    name: 'Generate data from documentation',
    consumes: ['I2'],
    produces: ['N2'],
    constraints: [],
    resources: [],
    worksheets: ['document-checklist'],
    inferredLinks: ['document-checklist'],
  },
  {
    id: 'A3',
    phase: 'conduct',
    name: 'Evaluate drivers',
    consumes: ['N1', 'N2'],
    produces: ['O1'],
    constraints: [],
    resources: [],
    worksheets: ['immd-worksheet'],
    inferredLinks: ['immd-worksheet'],
  },
  {
    id: 'A4',
    phase: 'conduct',
    name: 'Apply analysis algorithm',
    consumes: ['O1'],
    produces: ['O2'],
    constraints: [],
    resources: [],
    worksheets: ['immd-worksheet'],
    inferredLinks: ['immd-worksheet'],
  },
  {
    // Also consumes the success threshold [INF], which is a value recorded in Phase 1, not an artefact.
    id: 'A5',
    phase: 'conduct',
    name: 'Establish the IMC success profile',
    consumes: ['O2'],
    produces: ['O3'],
    constraints: [],
    resources: [],
    worksheets: ['immd-worksheet'],
    inferredLinks: ['immd-worksheet'],
  },
  {
    id: 'A6',
    phase: 'conduct',
    name: 'Determine next steps',
    consumes: ['N1', 'N2', 'O1', 'O2', 'O3'],
    produces: ['O4'],
    constraints: [],
    resources: [],
    worksheets: ['improvement-worksheet'],
    inferredLinks: ['O2', 'O3', 'improvement-worksheet'],
  },
]

// Phase 3 improves the IMMD process itself; IMC improvements belong to A6.
const POST: ActivityInput[] = [
  {
    id: 'PAA1',
    phase: 'post',
    name: 'Communicate results',
    consumes: ['PAI1'],
    produces: ['PAO1'],
    constraints: [],
    resources: [],
    worksheets: [],
  },
  {
    id: 'PAA2',
    phase: 'post',
    name: 'Conduct postmortem of the IMMD',
    consumes: ['PAI1', 'PAI2'],
    produces: ['PAO2'],
    constraints: [],
    resources: [],
    worksheets: [],
    inferredLinks: ['PAI1', 'PAI2'],
  },
  {
    id: 'PAA3',
    phase: 'post',
    name: 'Implement improvements to the IMMD process',
    consumes: ['PAI2', 'PAO2'],
    produces: ['PAO3'],
    constraints: [],
    resources: [],
    worksheets: [],
    inferredLinks: ['PAO2'],
  },
]

/** The fifteen activities in method order (PRA1-PRA6, A1-A6, PAA1-PAA3). */
export const IMMD_1_0_ACTIVITIES: ActivityDefinition[] = [...PREPARE, ...CONDUCT, ...POST].map(
  defineActivity,
)
