import { nameSchema } from '@immd/core/free-text'
import { actorOf, writeAudited } from '../audit.js'
import { builder } from '../builder.js'
import { createEngagementRecord } from '../engagements/create-engagement.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { BandEnum } from './enums.js'
import { OrganizationRef } from './organization.js'
import { TeamRef } from './team.js'

const CreateEngagementInput = builder.inputType('CreateEngagementInput', {
  fields: (t) => ({
    organizationId: t.globalID({ required: true, for: OrganizationRef }),
    title: t.string({ required: true, validate: nameSchema(200) }),
    teamId: t.globalID({
      for: TeamRef,
      description: 'Plan from this team record (and the records sharing its IMC id).',
    }),
    fromEngagementId: t.globalID({
      for: EngagementRef,
      description: 'Re-assessment: copy scope, documents and checklist, link the history.',
    }),
    methodVersion: t.string({ description: 'Default: the source engagement’s, else immd-1.0.' }),
    threshold: t.field({ type: BandEnum, description: 'The success threshold band.' }),
    plannedStart: t.field({ type: 'DateTime' }),
    plannedEnd: t.field({ type: 'DateTime' }),
  }),
})

const CreateEngagementPayload = engagementPayloadRef('CreateEngagementPayload')

builder.mutationField('createEngagement', (t) =>
  t.field({
    type: CreateEngagementPayload,
    description: 'Creates an engagement with its fifteen activities and preparation checklist.',
    args: { input: t.arg({ type: CreateEngagementInput, required: true }) },
    authScopes: (_root, args) => ({ writer: args.input.organizationId.id }),
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input }, ctx) => {
      if (input.plannedStart && input.plannedEnd && input.plannedEnd < input.plannedStart) {
        throw new ValidationError([
          {
            path: 'input.plannedEnd',
            message: 'plannedEnd must not be before plannedStart.',
            code: 'END_BEFORE_START',
          },
        ])
      }
      return writeAudited(ctx, async (tx) => {
        const { engagement, copied } = await createEngagementRecord(tx, {
          organizationId: input.organizationId.id,
          title: input.title.trim(),
          teamId: input.teamId?.id,
          fromEngagementId: input.fromEngagementId?.id,
          methodVersion: input.methodVersion,
          threshold: input.threshold,
          plannedStart: input.plannedStart,
          plannedEnd: input.plannedEnd,
          actor: actorOf(ctx.viewer),
        })
        const target = {
          targetType: 'Engagement',
          targetId: engagement.id,
          organizationId: engagement.organizationId,
          engagementId: engagement.id,
        }
        return {
          result: { engagementId: engagement.id },
          audit: [
            // insertEngagement stored `engagement.create` itself.
            { ...target, operation: 'engagement.create', recorded: true },
            ...(copied ? [{ ...target, operation: 'engagement.clone', after: copied }] : []),
          ],
        }
      })
    },
  }),
)
