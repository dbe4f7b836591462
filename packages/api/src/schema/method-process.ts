/**
 * The method's process as data: artefacts, worksheets with their fields, activities and phases
 * (IMMD §4–§6). Their object types only; `Method` (method.ts) lists them.
 *
 * @packageDocumentation
 */
import type {
  ActivityDefinition,
  ArtifactDefinition,
  MethodDefinition,
  PhaseDefinition,
  WorksheetDefinition,
  WorksheetField,
} from '@immd/core/method-types'
import type { ObjectFieldBuilder } from '@pothos/core'
import { builder } from '../builder.js'
import {
  ActivityIdEnum,
  ArtifactKindEnum,
  PhaseEnum,
  ProvenanceEnum,
  WorksheetIdEnum,
} from './enums.js'
import { type InMethod, inMethod, methodPartId } from './method-parts.js'
import { translationField } from './translation-mark.js'

export const ArtifactRef = builder.objectRef<InMethod<ArtifactDefinition>>('Artifact').implement({
  description: 'An input, output, constraint, resource or intermediate product (PRI1, PRO3, O2 …).',
  fields: (t) => ({
    id: t.id({
      description: 'Unique across the API: `<method version>:<code>`, e.g. `immd-1.0:PRO3`.',
      resolve: ({ method, item }) => methodPartId(method, item.id),
    }),
    code: t.string({
      description: 'The artefact id of the method, e.g. `PRI1`, `PRO3`, `O2`.',
      resolve: ({ item }) => item.id,
    }),
    kind: t.field({ type: ArtifactKindEnum, resolve: ({ item }) => item.kind }),
    laterKind: t.field({
      type: ArtifactKindEnum,
      nullable: true,
      resolve: ({ item }) => item.laterKind ?? null,
    }),
    name: t.string({ resolve: ({ item }) => item.name }),
    phases: t.field({ type: [PhaseEnum], resolve: ({ item }) => item.phases }),
    provenance: t.field({ type: ProvenanceEnum, resolve: ({ item }) => item.provenance }),
    note: t.string({ nullable: true, resolve: ({ item }) => item.note ?? null }),
    translation: t.field({
      ...translationField('Set when `name` and `note` are our translation.'),
      resolve: ({ item }) => item.translation ?? null,
    }),
  }),
})

/** A worksheet field with its worksheet (its code is unique only within the worksheet). */
interface InWorksheet {
  method: MethodDefinition
  worksheet: WorksheetDefinition
  item: WorksheetField
}

const WorksheetFieldRef = builder.objectRef<InWorksheet>('WorksheetField').implement({
  fields: (t) => ({
    id: t.id({
      description: 'Unique across the API: `<method version>:<worksheet code>:<field code>`.',
      resolve: ({ method, worksheet, item }) => methodPartId(method, worksheet.id, item.id),
    }),
    code: t.string({
      description: "The field's id within its worksheet.",
      resolve: ({ item }) => item.id,
    }),
    label: t.string({ resolve: ({ item }) => item.label }),
    type: t.string({ resolve: ({ item }) => item.type }),
    options: t.stringList({ nullable: true, resolve: ({ item }) => item.options ?? null }),
    provenance: t.field({ type: ProvenanceEnum, resolve: ({ item }) => item.provenance }),
    translation: t.field({
      ...translationField('Set when `label` is our translation.'),
      resolve: ({ item }) => item.translation ?? null,
    }),
  }),
})

export const WorksheetRef = builder
  .objectRef<InMethod<WorksheetDefinition>>('Worksheet')
  .implement({
    fields: (t) => ({
      id: t.id({
        description:
          'Unique across the API: `<method version>:<code>`, e.g. `immd-1.0:immd-worksheet`.',
        resolve: ({ method, item }) => methodPartId(method, item.id),
      }),
      code: t.field({
        type: WorksheetIdEnum,
        description: "The worksheet's id within the method.",
        resolve: ({ item }) => item.id,
      }),
      name: t.string({ resolve: ({ item }) => item.name }),
      purpose: t.string({ resolve: ({ item }) => item.purpose }),
      activities: t.field({ type: [ActivityIdEnum], resolve: ({ item }) => item.activities }),
      fields: t.field({
        type: [WorksheetFieldRef],
        resolve: ({ method, item }) =>
          item.fields.map((field) => ({ method, worksheet: item, item: field })),
      }),
      translation: t.field({
        ...translationField('Set when `name` and `purpose` are our translation.'),
        resolve: ({ item }) => item.translation ?? null,
      }),
    }),
  })

const lookupArtifacts = (method: MethodDefinition, ids: readonly string[]) =>
  inMethod(
    method,
    ids.flatMap((id) => method.artifacts.filter((artifact) => artifact.id === id)),
  )
const lookupWorksheets = (method: MethodDefinition, ids: readonly string[]) =>
  inMethod(
    method,
    ids.flatMap((id) => method.worksheets.filter((worksheet) => worksheet.id === id)),
  )

/** The field builder of an object type over a part of a method. */
type MethodPartFields<T> = ObjectFieldBuilder<(typeof builder)['$inferSchemaTypes'], InMethod<T>>

/**
 * `constraints` and `resources`: the artefacts that bound a phase or an activity and those it
 * draws on, looked up in the same method.
 */
function constraintAndResourceFields<T extends { constraints: string[]; resources: string[] }>(
  t: MethodPartFields<T>,
) {
  return {
    constraints: t.field({
      type: [ArtifactRef],
      resolve: ({ method, item }) => lookupArtifacts(method, item.constraints),
    }),
    resources: t.field({
      type: [ArtifactRef],
      resolve: ({ method, item }) => lookupArtifacts(method, item.resources),
    }),
  }
}

export const MethodActivityRef = builder
  .objectRef<InMethod<ActivityDefinition>>('MethodActivity')
  .implement({
    description: 'An activity of the method with the artefacts it uses and produces.',
    fields: (t) => ({
      id: t.id({
        description: 'Unique across the API: `<method version>:<code>`, e.g. `immd-1.0:A3`.',
        resolve: ({ method, item }) => methodPartId(method, item.id),
      }),
      code: t.field({
        type: ActivityIdEnum,
        description: "The activity's id within the method.",
        resolve: ({ item }) => item.id,
      }),
      phase: t.field({ type: PhaseEnum, resolve: ({ item }) => item.phase }),
      name: t.string({ resolve: ({ item }) => item.name }),
      consumes: t.field({
        type: [ArtifactRef],
        resolve: ({ method, item }) => lookupArtifacts(method, item.consumes),
      }),
      produces: t.field({
        type: [ArtifactRef],
        resolve: ({ method, item }) => lookupArtifacts(method, item.produces),
      }),
      ...constraintAndResourceFields(t),
      worksheets: t.field({
        type: [WorksheetRef],
        resolve: ({ method, item }) => lookupWorksheets(method, item.worksheets),
      }),
      provenance: t.field({ type: ProvenanceEnum, resolve: ({ item }) => item.provenance }),
      inferredLinks: t.stringList({ resolve: ({ item }) => item.inferredLinks ?? [] }),
      translation: t.field({
        ...translationField('Set when `name` is our translation.'),
        resolve: ({ item }) => item.translation ?? null,
      }),
    }),
  })

export const MethodPhaseRef = builder
  .objectRef<InMethod<PhaseDefinition>>('MethodPhase')
  .implement({
    fields: (t) => ({
      id: t.id({
        description: 'Unique across the API: `<method version>:<code>`, e.g. `immd-1.0:conduct`.',
        resolve: ({ method, item }) => methodPartId(method, item.id),
      }),
      code: t.field({
        type: PhaseEnum,
        description: "The phase's id within the method.",
        resolve: ({ item }) => item.id,
      }),
      number: t.int({ resolve: ({ item }) => item.number }),
      name: t.string({ resolve: ({ item }) => item.name }),
      inputs: t.field({
        type: [ArtifactRef],
        resolve: ({ method, item }) => lookupArtifacts(method, item.inputs),
      }),
      outputs: t.field({
        type: [ArtifactRef],
        resolve: ({ method, item }) => lookupArtifacts(method, item.outputs),
      }),
      ...constraintAndResourceFields(t),
      activities: t.field({
        type: [MethodActivityRef],
        resolve: ({ method, item }) =>
          method.activities.filter((a) => a.phase === item.id).map((a) => ({ method, item: a })),
      }),
      translation: t.field({
        ...translationField('Set when `name` is our translation.'),
        resolve: ({ item }) => item.translation ?? null,
      }),
    }),
  })
