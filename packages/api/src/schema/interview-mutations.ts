/**
 * Mutations of interview sessions (A1): `createInterviewSession`, `updateInterviewSession`,
 * `addInterviewParticipants`, `removeInterviewParticipant`, `recordInterviewRatings`.
 *
 * @packageDocumentation
 */

import { nameSchema } from '@immd/core/free-text'
import { z } from 'zod'
import { builder } from '../builder.js'
import {
  ConflictError,
  engagementWriteErrors,
  GateNotSatisfiedError,
  InUseError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import {
  addInterviewParticipants,
  createInterviewSession,
  type InterviewChange,
  recordInterviewRatings,
  removeInterviewParticipant,
  removeInterviewSession,
  updateInterviewSession,
} from '../mutations/interviews.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { childWriterScopes } from '../mutations/scopes.js'
import { EngagementRef } from './engagement.js'
import { AnswerEnum } from './enums.js'
import { InterviewRef } from './interviews.js'
import { TlpLabelEnum } from './record-enums.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'
import { ScopeEntryRef } from './scope.js'

const title = nameSchema(200)
const notes = z.string().max(100_000)

const InterviewPayload = changePayloadRef<InterviewChange>('InterviewPayload', {
  field: 'interview',
  model: 'InterviewSession',
  id: (change) => change.interviewId,
})

const CreateInterviewSessionInput = builder.inputType('CreateInterviewSessionInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    title: t.string({ required: true, validate: title }),
    heldAt: t.field({ type: 'DateTime', description: 'Set once the session took place.' }),
    notes: t.string({ validate: notes }),
    notesTlp: t.field({ type: TlpLabelEnum, description: 'Default AMBER.' }),
    participantIds: t.globalIDList({
      for: ScopeEntryRef,
      description: 'Scope entries interviewed.',
    }),
  }),
})

const UpdateInterviewSessionInput = builder.inputType('UpdateInterviewSessionInput', {
  description: 'Omitted fields stay as they are; null clears heldAt and notes.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: InterviewRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    title: t.string({ validate: title }),
    heldAt: t.field({ type: 'DateTime' }),
    notes: t.string({ validate: notes }),
    notesTlp: t.field({ type: TlpLabelEnum }),
  }),
})

const InterviewRatingInput = builder.inputType('InterviewRatingInput', {
  fields: (t) => ({
    driverId: t.string({ required: true, validate: z.string().trim().min(1).max(50) }),
    answer: t.field({ type: AnswerEnum, required: true }),
    note: t.string({ validate: z.string().max(2000) }),
  }),
})

const RecordInterviewRatingsInput = builder.inputType('RecordInterviewRatingsInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: InterviewRef }),
    scopeEntryId: t.globalID({ required: true, for: ScopeEntryRef }),
    ratings: t.field({
      type: [InterviewRatingInput],
      required: true,
      validate: z.array(z.unknown()).min(1).max(100),
    }),
  }),
})

defineAddRowMutation({
  name: 'createInterviewSession',
  input: CreateInterviewSessionInput,
  payload: InterviewPayload,
  errors: [ValidationError, NotFoundError, GateNotSatisfiedError],
  add: createInterviewSession,
})

defineUpdateRowMutation({
  name: 'updateInterviewSession',
  input: UpdateInterviewSessionInput,
  payload: InterviewPayload,
  child: 'interviewSession',
  errors: engagementWriteErrors().types,
  update: updateInterviewSession,
})

defineRemoveRowMutation({
  row: 'InterviewSession',
  nodeType: 'Interview',
  ref: InterviewRef,
  child: 'interviewSession',
  description:
    'Removes an interview session with its participants and their ratings. Refused (InUseError) while data items come from it.',
  inputDescription: 'The session to remove and the version you read.',
  idDescription: 'The session.',
  version: { description: 'The version you read.' },
  errors: [NotFoundError, ConflictError, InUseError, GateNotSatisfiedError],
  remove: removeInterviewSession,
})

const AddInterviewParticipantsInput = builder.inputType('AddInterviewParticipantsInput', {
  description: 'Scope entries to add to an interview session.',
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: InterviewRef }),
    scopeEntryIds: t.globalIDList({
      required: true,
      for: ScopeEntryRef,
      validate: z.array(z.unknown()).min(1),
    }),
  }),
})

builder.mutationField('addInterviewParticipants', (t) =>
  t.field({
    type: InterviewPayload,
    description: 'Adds scope entries of the same engagement to the session.',
    args: { input: t.arg({ type: AddInterviewParticipantsInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) =>
      childWriterScopes('interviewSession', args.sessionId.id, ctx),
    errors: { types: [ValidationError, NotFoundError, GateNotSatisfiedError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      addInterviewParticipants(ctx, {
        sessionId: args.sessionId.id,
        scopeEntryIds: args.scopeEntryIds.map((id) => id.id),
      }),
  }),
)

const RemoveInterviewParticipantInput = builder.inputType('RemoveInterviewParticipantInput', {
  description: 'The participant to take out of an interview session.',
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: InterviewRef }),
    scopeEntryId: t.globalID({ required: true, for: ScopeEntryRef }),
  }),
})

builder.mutationField('removeInterviewParticipant', (t) =>
  t.field({
    type: InterviewPayload,
    description: 'Removes a participant and the ratings they gave in this session.',
    args: { input: t.arg({ type: RemoveInterviewParticipantInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) =>
      childWriterScopes('interviewSession', args.sessionId.id, ctx),
    errors: { types: [NotFoundError, GateNotSatisfiedError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      removeInterviewParticipant(ctx, {
        sessionId: args.sessionId.id,
        scopeEntryId: args.scopeEntryId.id,
      }),
  }),
)

builder.mutationField('recordInterviewRatings', (t) =>
  t.field({
    type: InterviewPayload,
    description: "Records a participant's own answers per driver (replacing earlier ones).",
    args: { input: t.arg({ type: RecordInterviewRatingsInput, required: true }) },
    authScopes: (_root, { input }, ctx) =>
      childWriterScopes('interviewSession', input.sessionId.id, ctx),
    errors: { types: [ValidationError, NotFoundError, GateNotSatisfiedError], directResult: true },
    resolve: (_root, { input }, ctx) =>
      recordInterviewRatings(ctx, {
        sessionId: input.sessionId.id,
        scopeEntryId: input.scopeEntryId.id,
        ratings: input.ratings,
      }),
  }),
)
