/**
 * `evaluateDriver` (A3): the assessor team's answer per driver, with the engagement's recomputed
 * result in the payload (`engagement { result { total band profile } }`).
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { engagementWriteErrors } from '../errors.js'
import { type EvaluationChange, evaluateDriver } from '../mutations/evaluations.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { DataItemRef } from './data-items.js'
import { EngagementRef } from './engagement.js'
import { AnswerEnum } from './enums.js'

const EvaluateDriverPayload = changePayloadRef<EvaluationChange>(
  'EvaluateDriverPayload',
  { field: 'evaluation', model: 'DriverEvaluation', id: (change) => change.evaluationId },
  'The engagement, whose `result` is recomputed from the new evaluation.',
)

const EvaluateDriverInput = builder.inputType('EvaluateDriverInput', {
  description: 'An answer; none clears the evaluation.',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    driverId: t.string({ required: true, validate: z.string().trim().min(1).max(50) }),
    answer: t.field({ type: AnswerEnum }),
    notApplicable: t.boolean({
      description:
        'Refused when true (a typed ValidationError saying how to tailor): drivers leave the scored set only through `excludeDriver`.',
      deprecationReason:
        'Evaluation-time not-applicable is not part of the method; use excludeDriver.',
    }),
    rationale: t.string({ validate: z.string().max(10_000) }),
    version: t.int({ required: true, description: 'The evaluation version you read.' }),
    dataItemIds: t.globalIDList({
      for: DataItemRef,
      description: 'Existing data items to add to this driver’s rationale.',
    }),
  }),
})

builder.mutationField('evaluateDriver', (t) =>
  t.field({
    type: EvaluateDriverPayload,
    description:
      'Records the team’s answer to one driver (IMMD Worksheet); refused (GateNotSatisfiedError on A3) before A3 has started.',
    args: { input: t.arg({ type: EvaluateDriverInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input }, ctx) =>
      evaluateDriver(ctx, {
        ...input,
        engagementId: input.engagementId.id,
        dataItemIds: input.dataItemIds?.map((id) => id.id),
      }),
  }),
)
