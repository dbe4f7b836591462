/**
 * Mutations of lessons learned (PAA2) and the process updates they led to (PAA3):
 * `addLessonLearned`, `updateLessonLearned`, `removeLessonLearned`.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import {
  addLessonLearned,
  type LessonChange,
  removeLessonLearned,
  updateLessonLearned,
} from '../mutations/lessons.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { childWriterScopes } from '../mutations/scopes.js'
import { EngagementRef } from './engagement.js'
import type { InputFields } from './input-fields.js'
import { LessonRef } from './lessons.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'

const text = z.string().trim().min(1).max(10_000)
const category = z.string().trim().max(100)

const LessonPayload = changePayloadRef<LessonChange>('LessonPayload', {
  field: 'lesson',
  model: 'LessonLearned',
  id: (change) => change.lessonId,
})

/** The optional fields of a lesson, the same when it is added and when it is updated. */
function optionalLessonFields(t: InputFields) {
  return {
    category: t.string({
      validate: category,
      description: 'e.g. preparation, interviews, scoring.',
    }),
    processUpdate: t.string({
      validate: text,
      description: 'The change made to the IMMD process (PAO3).',
    }),
    appliedAt: t.field({
      type: 'DateTime',
      description: 'When the process update was applied; counts for PAA3.',
    }),
  }
}

const AddLessonLearnedInput = builder.inputType('AddLessonLearnedInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    text: t.string({ required: true, validate: text }),
    ...optionalLessonFields(t),
  }),
})

const UpdateLessonLearnedInput = builder.inputType('UpdateLessonLearnedInput', {
  description: 'Omitted fields stay as they are; null clears category, processUpdate, appliedAt.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: LessonRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    text: t.string({ validate: text }),
    ...optionalLessonFields(t),
  }),
})

builder.mutationField('addLessonLearned', (t) =>
  t.field({
    type: LessonPayload,
    description: 'Records a lesson learned about the IMMD process (postmortem, PAA2).',
    args: { input: t.arg({ type: AddLessonLearnedInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    resolve: (_root, { input }, ctx) =>
      addLessonLearned(ctx, { ...input, engagementId: input.engagementId.id }),
  }),
)

builder.mutationField('updateLessonLearned', (t) =>
  t.field({
    type: LessonPayload,
    args: { input: t.arg({ type: UpdateLessonLearnedInput, required: true }) },
    authScopes: (_root, { input }, ctx) => childWriterScopes('lessonLearned', input.id.id, ctx),
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true },
    resolve: (_root, { input }, ctx) => updateLessonLearned(ctx, { ...input, id: input.id.id }),
  }),
)

defineRemoveRowMutation({
  row: 'LessonLearned',
  nodeType: 'Lesson',
  ref: LessonRef,
  child: 'lessonLearned',
  description: 'Removes a lesson learned (and the process update recorded with it).',
  inputDescription: 'The lesson learned to remove.',
  version: { description: 'The version you read.' },
  errors: [NotFoundError, ConflictError],
  remove: removeLessonLearned,
})
