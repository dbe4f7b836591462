/**
 * The method as data (`@immd/core`): drivers with questions and prompts, the answer scale, effect
 * codes, bands, phases with their activities and artefacts, worksheets. Queries: `method(version)`,
 * `methods`.
 *
 * @packageDocumentation
 */

import { localizeMethod } from '@immd/core/localization'
import { describeBandSource, getAnswerCriteria } from '@immd/core/method'
import type {
  ActivityDefinition,
  AnswerOption,
  ArtifactDefinition,
  BandDefinition,
  DriverDefinition,
  EffectCodeDefinition,
  MethodDefinition,
  PhaseDefinition,
  SourcedText,
  WorksheetDefinition,
  WorksheetField,
} from '@immd/core/method-types'
import type { ObjectFieldBuilder } from '@pothos/core'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { listBuiltIns } from '../methods.js'
import {
  ActivityIdEnum,
  AnswerEnum,
  ArtifactKindEnum,
  BandEnum,
  EffectEnum,
  PhaseEnum,
  ProvenanceEnum,
  ScoringAlgorithmEnum,
  WorksheetIdEnum,
} from './enums.js'
import { LocaleEnum } from './locale-enum.js'
import { translationField } from './translation-mark.js'

export const SourcedTextRef = builder.objectRef<SourcedText>('SourcedText').implement({
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'In the language of the request (`Accept-Language`); English when untranslated.',
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Provenance of the original text; a translation keeps it.',
      resolve: (s) => s.provenance,
    }),
    source: t.exposeString('source', { description: 'Source tag(s), e.g. `SEED-IMMD`.' }),
    translation: t.field({
      ...translationField('Set when `text` is our translation; null for the English original.'),
      resolve: (s) => s.translation ?? null,
    }),
  }),
})

/** A method part together with the method it belongs to (for id lookups and scoped ids). */
export interface InMethod<T> {
  method: MethodDefinition
  item: T
}

/** Wraps the parts of one method for the types below. */
export const inMethod = <T>(method: MethodDefinition, items: readonly T[]): InMethod<T>[] =>
  items.map((item) => ({ method, item }))

/**
 * The id of a method part, unique across the API: the method version (unique across
 * organizations) then the part's code, e.g. `immd-1.0:D3`. A tailored method may give the same
 * code other content (a weight, a prompt), so the code alone would let a normalizing client cache
 * (Apollo, urql) show one method's driver under another.
 */
export const methodPartId = (method: MethodDefinition, ...codes: string[]) =>
  [scopeOf(method), ...codes].join(':')

/**
 * The version, plus `@<locale>` for a translated copy (`immd-1.0@fr:D3`): the same part in two
 * languages has two texts, so a normalizing client cache must not merge them. English ids stay.
 */
const scopeOf = (method: MethodDefinition) =>
  method.locale === undefined || method.locale === 'en'
    ? method.version
    : `${method.version}@${method.locale}`

export const DriverRef = builder.objectRef<InMethod<DriverDefinition>>('Driver').implement({
  description: 'A yes/no question about a current condition of the IMC; "yes" is favourable.',
  fields: (t) => ({
    id: t.id({
      description:
        'Unique across the API: `<method version>:<code>`, e.g. `immd-1.0:D3` (`immd-1.0@fr:D3` in French).',
      resolve: ({ method, item }) => methodPartId(method, item.id),
    }),
    code: t.string({
      description:
        "`D1`..`D10`, or a tailored code: the driver's id within its method, the value of `driverId` arguments and fields.",
      resolve: ({ item }) => item.id,
    }),
    number: t.int({ resolve: ({ item }) => item.number }),
    shortName: t.string({ resolve: ({ item }) => item.shortName }),
    question: t.field({ type: SourcedTextRef, resolve: ({ item }) => item.question }),
    prompts: t.field({
      type: [SourcedTextRef],
      description: '"Things to consider" of the handout and questionnaire.',
      resolve: ({ item }) => item.prompts,
    }),
    weight: t.float({ resolve: ({ item }) => item.weight }),
    translation: t.field({
      ...translationField('Set when `shortName` is our translation.'),
      resolve: ({ item }) => item.translation ?? null,
    }),
  }),
})

const AnswerOptionRef = builder.objectRef<AnswerOption>('AnswerOption').implement({
  fields: (t) => ({
    answer: t.field({ type: AnswerEnum, resolve: (a) => a.id }),
    label: t.exposeString('label'),
    step: t.exposeInt('step'),
    value: t.exposeFloat('value', { description: 'Value on 0-100 (No 0 … Yes 100).' }),
    provenance: t.field({ type: ProvenanceEnum, resolve: (a) => a.provenance }),
    criteria: t.field({
      type: SourcedTextRef,
      nullable: true,
      description: 'What must be true to give this answer (reconstructed unless tailored).',
      resolve: (a) => a.criteria ?? null,
    }),
    translation: t.field({
      ...translationField('Set when `label` is our translation.'),
      resolve: (a) => a.translation ?? null,
    }),
  }),
})

const EffectCodeRef = builder.objectRef<EffectCodeDefinition>('EffectCode').implement({
  fields: (t) => ({
    effect: t.field({ type: EffectEnum, resolve: (e) => e.code }),
    code: t.exposeString('code', { description: '`+`, `-`, `0` or `?`.' }),
    name: t.exposeString('name'),
    meaning: t.exposeString('meaning'),
    translation: t.field({
      ...translationField('Set when `name` and `meaning` are our translation.'),
      resolve: (e) => e.translation ?? null,
    }),
  }),
})

export const BandDefinitionRef = builder.objectRef<BandDefinition>('BandDefinition').implement({
  fields: (t) => ({
    band: t.field({ type: BandEnum, resolve: (b) => b.id }),
    label: t.exposeString('label'),
    index: t.exposeInt('index'),
    min: t.exposeInt('min'),
    max: t.exposeInt('max'),
    meaning: t.exposeString('meaning', { description: 'In our own words.' }),
    meaningSource: t.string({
      nullable: true,
      description: 'The source whose meaning `meaning` carries, e.g. `SEED-IMMD results table`.',
      resolve: (b) => b.meaningSource ?? null,
    }),
    translation: t.field({
      ...translationField('Set when `label` and `meaning` are our translation.'),
      resolve: (b) => b.translation ?? null,
    }),
  }),
})

const ArtifactRef = builder.objectRef<InMethod<ArtifactDefinition>>('Artifact').implement({
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

const WorksheetRef = builder.objectRef<InMethod<WorksheetDefinition>>('Worksheet').implement({
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

const MethodPhaseRef = builder.objectRef<InMethod<PhaseDefinition>>('MethodPhase').implement({
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

export const MethodRef = builder.objectRef<MethodDefinition>('Method').implement({
  description: 'A versioned IMMD method definition: `immd-1.0` or a tailored copy (PRA6).',
  fields: (t) => ({
    version: t.exposeString('version'),
    basedOn: t.exposeString('basedOn', { nullable: true }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    drivers: t.field({ type: [DriverRef], resolve: (m) => inMethod(m, m.drivers) }),
    answers: t.field({
      type: [AnswerOptionRef],
      // Methods stored before criteria existed get the built-in criteria of the same answer.
      resolve: (m) =>
        m.answers.map((a) => ({ ...a, criteria: getAnswerCriteria(m, a.id) ?? undefined })),
    }),
    effectCodes: t.field({ type: [EffectCodeRef], resolve: (m) => m.effectCodes }),
    bands: t.field({
      type: [BandDefinitionRef],
      resolve: (m) =>
        m.bands.map((b) => ({ ...b, meaningSource: describeBandSource(m, b.id) ?? undefined })),
    }),
    phases: t.field({
      type: [MethodPhaseRef],
      resolve: (method) => method.phases.map((item) => ({ method, item })),
    }),
    activities: t.field({
      type: [MethodActivityRef],
      resolve: (method) => method.activities.map((item) => ({ method, item })),
    }),
    artifacts: t.field({ type: [ArtifactRef], resolve: (m) => inMethod(m, m.artifacts) }),
    worksheets: t.field({ type: [WorksheetRef], resolve: (m) => inMethod(m, m.worksheets) }),
    algorithm: t.field({ type: ScoringAlgorithmEnum, resolve: (m) => m.scoring.algorithm }),
    locale: t.field({
      type: LocaleEnum,
      description:
        "The language of the texts: the request's (`Accept-Language`) when a translation exists, else EN. Untranslated texts (tailored wording) stay English and carry no translation mark.",
      resolve: (m) => m.locale ?? 'en',
    }),
    translation: t.field({
      ...translationField('Set when `name` and `description` are our translation.'),
      resolve: (m) => m.translation ?? null,
    }),
  }),
})

builder.queryField('method', (t) =>
  t.field({
    type: MethodRef,
    nullable: true,
    description:
      'A method by version (default `immd-1.0`); tailored versions of your organizations.',
    args: { version: t.arg.string({ defaultValue: 'immd-1.0', required: true }) },
    authScopes: { authenticated: true },
    resolve: async (_root, { version }, ctx) => {
      const builtIn = listBuiltIns().find((method) => method.version === version)
      if (builtIn) return localizeMethod(builtIn, ctx.locale)
      const row = await ctx.db.prisma.methodDefinition.findFirst({
        where: { version, organizationId: { in: readableOrganizationIds(ctx.viewer) } },
        select: { definition: true },
      })
      const stored = row?.definition as MethodDefinition | undefined
      return stored ? localizeMethod(stored, ctx.locale) : null
    },
  }),
)

builder.queryField('methods', (t) =>
  t.field({
    type: [MethodRef],
    nullable: true,
    description: 'The built-in methods, then the tailored methods of your organizations.',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.db.prisma.methodDefinition.findMany({
        where: { organizationId: { in: readableOrganizationIds(ctx.viewer) } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { definition: true },
      })
      return [
        ...listBuiltIns(),
        ...rows.map((row) => row.definition as unknown as MethodDefinition),
      ].map((method) => localizeMethod(method, ctx.locale))
    },
  }),
)
