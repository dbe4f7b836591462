/**
 * `setSuccessThreshold`: the desired potential for success (a band). Editable until the results are
 * communicated (PAA1 completed); optimistic concurrency through the engagement's `version`.
 *
 * @packageDocumentation
 */
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { ConflictError, GateNotSatisfiedError, NotFoundError } from '../errors.js'
import { writeEngagement } from '../services/engagement-write.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { BandEnum } from './enums.js'

const EngagementPayload = engagementPayloadRef('SetSuccessThresholdPayload')

const SetSuccessThresholdInput = builder.inputType('SetSuccessThresholdInput', {
  description: 'The success threshold of an engagement.',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    threshold: t.field({ type: BandEnum, required: false }),
    version: t.int({ required: true }),
  }),
})

builder.mutationField('setSuccessThreshold', (t) =>
  t.field({
    type: EngagementPayload,
    description: 'Sets (or clears, with null) the success threshold; pass the version you read.',
    args: { input: t.arg({ type: SetSuccessThresholdInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => engagementWriterScopes(args.engagementId.id, ctx),
    errors: { types: [NotFoundError, ConflictError, GateNotSatisfiedError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      writeEngagement(ctx, 'communicated', async (tx, open) => {
        const id = args.engagementId.id
        await open(id)
        const engagement = await tx.engagement.findUniqueOrThrow({
          where: { id },
          select: { organizationId: true, successThreshold: true, version: true },
        })
        const updated = await tx.engagement.updateMany({
          where: { id, version: args.version },
          data: { successThreshold: args.threshold ?? null, version: { increment: 1 } },
        })
        if (updated.count === 0) {
          throw new ConflictError('The engagement was changed by someone else; reload it.', {
            currentVersion: engagement.version,
            currentValue: engagement.successThreshold,
          })
        }
        return {
          result: { engagementId: id },
          audit: {
            operation: 'engagement.threshold',
            targetType: 'Engagement',
            targetId: id,
            organizationId: engagement.organizationId,
            engagementId: id,
            before: { successThreshold: engagement.successThreshold, version: engagement.version },
            after: { successThreshold: args.threshold ?? null, version: engagement.version + 1 },
          },
        }
      }),
  }),
)
