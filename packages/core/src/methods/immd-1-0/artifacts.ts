/**
 * The IMMD 1.0 artefact catalogue (§5.1): every input, output, constraint, resource and intermediate
 * product, with the ids read from the method's data-flow slides (OCR-garbled ids corrected from context).
 *
 * @packageDocumentation
 */
import type { ArtifactDefinition } from '../../method-types.js'

/** Every input, output, constraint, resource and intermediate product of IMMD 1.0. */
export const IMMD_1_0_ARTIFACTS: ArtifactDefinition[] = [
  { id: 'PRI1', kind: 'input', name: 'IMMD requirements', phases: ['prepare'], provenance: 'read' },
  {
    id: 'C1',
    kind: 'constraint',
    name: 'IMMD constraints',
    phases: ['prepare', 'conduct', 'post'],
    provenance: 'read',
  },
  ...(
    [
      ['PRO1', 'Stakeholder sponsorship', 'constraint'],
      ['PRO2', 'IMMD scope', 'constraint'],
      ['PRO3', 'IMMD plan', 'constraint'],
      ['PRO4', 'IMMD logistics', 'constraint'],
      ['PRO5', 'Trained personnel', 'resource'],
      ['PRO6', 'IMMD procedures', 'resource'],
      ['PRO7', 'IMMD artifacts and tools', 'resource'],
    ] as const
  ).map(
    ([id, name, laterKind]): ArtifactDefinition => ({
      id,
      kind: 'output',
      name,
      phases: ['prepare', 'conduct'],
      provenance: 'read',
      laterKind,
    }),
  ),
  {
    id: 'R1',
    kind: 'resource',
    name: 'IMMD',
    phases: ['prepare'],
    provenance: 'read',
    note: 'Presumably the method description itself [INF].',
  },
  {
    id: 'R2',
    kind: 'resource',
    name: 'IMMD preparation procedures',
    phases: ['prepare'],
    provenance: 'read',
  },
  {
    id: 'R3',
    kind: 'resource',
    name: 'IMMD preparation artifacts and tools',
    phases: ['prepare'],
    provenance: 'read',
  },
  {
    id: 'R4',
    kind: 'resource',
    name: 'IMMD training artifacts',
    phases: ['prepare'],
    provenance: 'read',
  },
  {
    id: 'R5',
    kind: 'resource',
    name: 'Experienced personnel',
    phases: ['prepare', 'post'],
    provenance: 'read',
  },
  { id: 'I1', kind: 'input', name: "People's knowledge", phases: ['conduct'], provenance: 'read' },
  { id: 'I2', kind: 'input', name: 'Documentation', phases: ['conduct'], provenance: 'read' },
  {
    id: 'N1',
    kind: 'intermediate',
    name: 'Data from people',
    phases: ['conduct'],
    provenance: 'read',
  },
  {
    id: 'N2',
    kind: 'intermediate',
    name: 'Data from documentation',
    phases: ['conduct'],
    provenance: 'read',
  },
  {
    id: 'O1',
    kind: 'output',
    name: 'Driver values and rationale',
    phases: ['conduct'],
    provenance: 'read',
  },
  {
    id: 'O2',
    kind: 'output',
    name: 'IMC current potential for success',
    phases: ['conduct'],
    provenance: 'read',
  },
  {
    id: 'O3',
    kind: 'output',
    name: 'IMC success profile',
    phases: ['conduct'],
    provenance: 'read',
  },
  { id: 'O4', kind: 'output', name: 'IMC next steps', phases: ['conduct'], provenance: 'read' },
  {
    id: 'PAI1',
    kind: 'input',
    name: 'IMMD results and plans',
    phases: ['post'],
    provenance: 'read',
  },
  {
    id: 'PAI2',
    kind: 'input',
    name: 'IMMD procedures, artifacts, tools, and training',
    phases: ['post'],
    provenance: 'read',
  },
  {
    id: 'PAO1',
    kind: 'output',
    name: 'Communicated IMMD results',
    phases: ['post'],
    provenance: 'read',
  },
  { id: 'PAO2', kind: 'output', name: 'Lessons learned', phases: ['post'], provenance: 'read' },
  {
    id: 'PAO3',
    kind: 'output',
    name: 'Updates to IMMD procedures, artifacts, tools, and training',
    phases: ['post'],
    provenance: 'read',
  },
  {
    id: 'R6',
    kind: 'resource',
    name: 'Post-IMMD procedures',
    phases: ['post'],
    provenance: 'read',
  },
  {
    id: 'R7',
    kind: 'resource',
    name: 'Post-IMMD artifacts and tools',
    phases: ['post'],
    provenance: 'read',
  },
]
