/**
 * The method as data (`@immd/core`): drivers with questions and prompts, the answer scale, effect
 * codes, bands, and the method itself with its process (`method-process.ts`). Queries:
 * `method(version)`, `methods`.
 *
 * @packageDocumentation
 */

import { localizeMethod } from '@immd/core/localization'
import { describeBandSource, getAnswerCriteria } from '@immd/core/method'
import type {
  AnswerOption,
  BandDefinition,
  DriverDefinition,
  EffectCodeDefinition,
  MethodDefinition,
} from '@immd/core/method-types'
import { readableOrganizationIds } from '../auth/viewer.js'
import { builder } from '../builder.js'
import { listBuiltIns } from '../methods.js'
import { AnswerEnum, BandEnum, EffectEnum, ProvenanceEnum, ScoringAlgorithmEnum } from './enums.js'
import { LocaleEnum } from './locale-enum.js'
import { type InMethod, inMethod, methodPartId, SourcedTextRef } from './method-parts.js'
import { ArtifactRef, MethodActivityRef, MethodPhaseRef, WorksheetRef } from './method-process.js'
import { translationField } from './translation-mark.js'

export { type InMethod, inMethod, methodPartId, SourcedTextRef } from './method-parts.js'

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
