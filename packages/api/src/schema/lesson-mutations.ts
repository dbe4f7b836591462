/**
 * Mutations of lessons learned (PAA2) and the process updates they led to (PAA3):
 * `addLessonLearned`, `updateLessonLearned`, `removeLessonLearned`.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { builder } from '../builder.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import {
  addLessonLearned,
  type LessonChange,
  removeLessonLearned,
  updateLessonLearned,
} from '../mutations/lessons.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { EngagementRef } from './engagement.js'
import type { InputFields } from './input-fields.js'
import { LessonRef } from './lessons.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'

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

defineAddRowMutation({
  name: 'addLessonLearned',
  description: 'Records a lesson learned about the IMMD process (postmortem, PAA2).',
  input: AddLessonLearnedInput,
  payload: LessonPayload,
  errors: [ValidationError, NotFoundError],
  add: addLessonLearned,
})

defineUpdateRowMutation({
  name: 'updateLessonLearned',
  input: UpdateLessonLearnedInput,
  payload: LessonPayload,
  child: 'lessonLearned',
  errors: [ValidationError, NotFoundError, ConflictError],
  update: updateLessonLearned,
})

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
