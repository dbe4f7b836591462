/**
 * `tailorMethod` (PRA6): derive a new method version from the engagement's method with
 * `@immd/core/tailoring`, store it as a MethodDefinition of the organization, and switch the
 * engagement to it. Only before A3 (Evaluate drivers) starts, so no answer changes meaning.
 *
 * @packageDocumentation
 */
import type { ActivityStatus, GatePrerequisite } from '@immd/core/lifecycle'
import { type DriverRewording, tailorMethod } from '@immd/core/tailoring'
import { saveMethodDefinition } from '@immd/db/method-repository'
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import {
  ConflictError,
  engagementWriteErrors,
  GateNotSatisfiedError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import { loadMethodsByVersion } from '../methods.js'
import { writeEngagement } from '../services/engagement-write.js'
import { EngagementRef } from './engagement.js'
import { AnswerEnum, ScoringAlgorithmEnum } from './enums.js'
import { MethodRef } from './method.js'

const NewDriverInput = builder.inputType('NewDriverInput', {
  fields: (t) => ({
    id: t.string({ required: true, validate: z.string().trim().min(1).max(20) }),
    shortName: t.string({ required: true }),
    question: t.string({ required: true }),
    prompts: t.stringList(),
    weight: t.float({ validate: z.number().positive() }),
  }),
})

const DriverRewordingInput = builder.inputType('DriverRewordingInput', {
  fields: (t) => ({
    driverId: t.string({ required: true }),
    shortName: t.string(),
    question: t.string(),
    prompts: t.stringList(),
  }),
})

const DriverWeightInput = builder.inputType('DriverWeightInput', {
  fields: (t) => ({
    driverId: t.string({ required: true }),
    weight: t.float({ required: true, validate: z.number().positive() }),
  }),
})

const AnswerCriteriaInput = builder.inputType('AnswerCriteriaInput', {
  description: 'New evaluation criteria of one answer: what must be true to give it.',
  fields: (t) => ({
    answer: t.field({ type: AnswerEnum, required: true }),
    criteria: t.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
  }),
})

const TailorMethodInput = builder.inputType('TailorMethodInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    version: t.int({ required: true, description: 'The engagement version you read.' }),
    methodVersion: t.string({
      required: true,
      description: 'The new method version id, e.g. `immd-1.0+acme-2026` (`Method.version`).',
      validate: z.string().trim().min(1).max(100),
    }),
    name: t.string(),
    description: t.string(),
    addDrivers: t.field({ type: [NewDriverInput] }),
    removeDrivers: t.stringList(),
    rewordDrivers: t.field({ type: [DriverRewordingInput] }),
    weights: t.field({ type: [DriverWeightInput] }),
    algorithm: t.field({ type: ScoringAlgorithmEnum }),
    answerCriteria: t.field({ type: [AnswerCriteriaInput] }),
  }),
})

interface TailorPayload {
  engagementId: string
  method: import('@immd/core/method-types').MethodDefinition
}

const TailorMethodPayload = builder.objectRef<TailorPayload>('TailorMethodPayload').implement({
  fields: (t) => ({
    method: t.field({ type: MethodRef, resolve: (p) => p.method }),
    engagement: t.prismaField({
      type: 'Engagement',
      resolve: (query, payload, _args, ctx) =>
        ctx.db.prisma.engagement.findUniqueOrThrow({
          ...query,
          where: { id: payload.engagementId },
        }),
    }),
  }),
})

/** Drops null fields so core sees only what the client set. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null))
}

builder.mutationField('tailorMethod', (t) =>
  t.field({
    type: TailorMethodPayload,
    description: 'PRA6: stores a tailored method version and uses it for this engagement.',
    args: { input: t.arg({ type: TailorMethodInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input }, ctx) =>
      writeEngagement(ctx, 'communicated', async (tx, open) => {
        const id = input.engagementId.id
        await open(id)
        const engagement = await tx.engagement.findUnique({
          where: { id },
          select: {
            organizationId: true,
            methodVersion: true,
            version: true,
            activities: { where: { activityId: 'A3' }, select: { status: true } },
          },
        })
        if (!engagement) throw new NotFoundError('Engagement', id)
        const a3 = (engagement.activities[0]?.status ?? 'not-started') as ActivityStatus
        if (a3 !== 'not-started') {
          const missing: GatePrerequisite[] = [
            {
              code: 'invalid-activity-status',
              activity: 'A3',
              status: a3,
              expected: ['not-started'],
              message: 'Tailoring is only possible before A3 (Evaluate drivers) starts.',
            },
          ]
          throw new GateNotSatisfiedError('PRA6', 'edit', missing)
        }
        if (input.version !== engagement.version) {
          throw new ConflictError('The engagement was changed by someone else; reload it.', {
            currentVersion: engagement.version,
          })
        }
        const [base] = await loadMethodsByVersion(tx, [engagement.methodVersion])
        if (!base) throw new NotFoundError('Method', engagement.methodVersion)
        const taken = await tx.methodDefinition.findUnique({
          where: { version: input.methodVersion.trim() },
          select: { version: true },
        })
        const tailored = tailorMethod({
          base,
          version: input.methodVersion,
          name: input.name ?? undefined,
          description: input.description ?? undefined,
          addDrivers: input.addDrivers?.map((d) => ({
            id: d.id,
            shortName: d.shortName,
            question: d.question,
            prompts: d.prompts ?? undefined,
            weight: d.weight ?? undefined,
          })),
          removeDrivers: input.removeDrivers ?? undefined,
          rewordDrivers: input.rewordDrivers
            ? Object.fromEntries(
                input.rewordDrivers.map(({ driverId, ...rewording }) => [
                  driverId,
                  compact(rewording) as DriverRewording,
                ]),
              )
            : undefined,
          weights: input.weights
            ? Object.fromEntries(input.weights.map((w) => [w.driverId, w.weight]))
            : undefined,
          algorithm: input.algorithm ?? undefined,
          answerCriteria: input.answerCriteria
            ? Object.fromEntries(input.answerCriteria.map((c) => [c.answer, c.criteria]))
            : undefined,
          existingVersions: taken ? [taken.version] : [],
        })
        if (!tailored.ok) {
          throw new ValidationError(
            tailored.errors.map((e) => ({
              path: `input.${e.path === 'version' ? 'methodVersion' : e.path}`,
              message: e.message,
            })),
          )
        }
        const method = tailored.method
        const row = await saveMethodDefinition(tx, method, {
          organizationId: engagement.organizationId,
          createdById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        })
        await tx.engagement.update({
          where: { id },
          data: { methodId: row.id, methodVersion: method.version, version: { increment: 1 } },
        })
        return {
          result: { engagementId: id, method },
          audit: {
            operation: 'method.tailor',
            targetType: 'Engagement',
            targetId: id,
            organizationId: engagement.organizationId,
            engagementId: id,
            before: { methodVersion: engagement.methodVersion, version: engagement.version },
            after: { methodVersion: method.version, methodId: row.id, basedOn: method.basedOn },
          },
        }
      }),
  }),
)
