/**
 * `excludeDriver` / `includeDriver` (tailoring decisions of a lead assessor) and `reopenResults`
 * (a lead assessor's audited correction of communicated results). Logic: `services/exclusions.ts`.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import {
  ConflictError,
  GateNotSatisfiedError,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import { excludeDriver, includeDriver, reopenResults } from '../services/exclusions.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'

const ERRORS = [
  ValidationError,
  NotFoundError,
  ConflictError,
  NotAuthorizedError,
  GateNotSatisfiedError,
]

const rationale = () => z.string().trim().max(10_000)

const ExcludeDriverInput = builder.inputType('ExcludeDriverInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    driverId: t.string({ required: true, validate: z.string().trim().min(1).max(50) }),
    reason: t.string({
      required: true,
      description: 'Why the driver does not apply to this IMC (as agreed with the sponsor).',
      validate: rationale().min(1),
    }),
    lateChangeRationale: t.string({
      description:
        'Required once A3 has started: why the scored set changes now. The change re-opens A4 and A5.',
      validate: rationale(),
    }),
  }),
})

const IncludeDriverInput = builder.inputType('IncludeDriverInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    driverId: t.string({ required: true, validate: z.string().trim().min(1).max(50) }),
    lateChangeRationale: t.string({
      description: 'Required once A3 has started; the change re-opens A4 and A5.',
      validate: rationale(),
    }),
  }),
})

const ReopenResultsInput = builder.inputType('ReopenResultsInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    reason: t.string({
      required: true,
      description: 'What is corrected and why; stored on the superseded results and audited.',
      validate: rationale().min(1),
    }),
  }),
})

builder.mutationField('excludeDriver', (t) =>
  t.field({
    type: engagementPayloadRef('ExcludeDriverPayload'),
    description:
      'PRA6: a lead assessor takes a driver out of the scored set, with a reason (after A3 started, also a rationale; re-opens A4/A5).',
    args: { input: t.arg({ type: ExcludeDriverInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: { types: ERRORS, directResult: true },
    resolve: (_root, { input }, ctx) =>
      excludeDriver(ctx, { ...input, engagementId: input.engagementId.id }),
  }),
)

builder.mutationField('includeDriver', (t) =>
  t.field({
    type: engagementPayloadRef('IncludeDriverPayload'),
    description: 'A lead assessor puts an excluded driver back into the scored set.',
    args: { input: t.arg({ type: IncludeDriverInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: { types: ERRORS, directResult: true },
    resolve: (_root, { input }, ctx) =>
      includeDriver(ctx, { ...input, engagementId: input.engagementId.id }),
  }),
)

builder.mutationField('reopenResults', (t) =>
  t.field({
    type: engagementPayloadRef('ReopenResultsPayload'),
    description:
      'A correction after PAA1: a lead assessor re-opens PAA1, A4 and A5 with a reason; stored results are marked superseded.',
    args: { input: t.arg({ type: ReopenResultsInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: { types: ERRORS, directResult: true },
    resolve: (_root, { input }, ctx) =>
      reopenResults(ctx, { ...input, engagementId: input.engagementId.id }),
  }),
)
