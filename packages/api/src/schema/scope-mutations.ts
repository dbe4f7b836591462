/**
 * Mutations of the IMMD Scope List: `addScopeEntry`, `updateScopeEntry`, `removeScopeEntry`,
 * `markScopeEntryInterviewed`.
 *
 * @packageDocumentation
 */

import { cleanText, nameSchema } from '@immd/core/free-text'
import { z } from 'zod'
import { builder } from '../builder.js'
import { ConflictError, GateNotSatisfiedError, NotFoundError, ValidationError } from '../errors.js'
import { changePayloadRef } from '../mutations/payloads.js'
import {
  addScopeEntry,
  removeScopeEntry,
  type ScopeEntryChange,
  updateScopeEntry,
} from '../mutations/scope.js'
import { childWriterScopes } from '../mutations/scopes.js'
import { EngagementRef } from './engagement.js'
import type { InputFields } from './input-fields.js'
import { ImcFunctionEnum, ScopeEntryKindEnum } from './record-enums.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'
import { ScopeEntryRef } from './scope.js'

const label = nameSchema(200)
const optionalText = cleanText.pipe(z.string().trim().max(500))

/** Where an entry sits and how to reach it: optional, the same when added and when updated. */
function entryDetailFields(t: InputFields) {
  return {
    unit: t.string({ validate: optionalText }),
    role: t.string({ validate: optionalText }),
    functions: t.field({ type: [ImcFunctionEnum] }),
    contact: t.string({ validate: optionalText }),
  }
}

const ScopeEntryPayload = changePayloadRef<ScopeEntryChange>('ScopeEntryPayload', {
  field: 'scopeEntry',
  model: 'ScopeEntry',
  id: (change) => change.scopeEntryId,
})

const AddScopeEntryInput = builder.inputType('AddScopeEntryInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    kind: t.field({ type: ScopeEntryKindEnum, required: true }),
    pseudonym: t.string({ required: true, validate: label, description: 'e.g. `Interviewee 07`.' }),
    name: t.string({ validate: optionalText, description: 'Real name, for scheduling only.' }),
    ...entryDetailFields(t),
  }),
})

const UpdateScopeEntryInput = builder.inputType('UpdateScopeEntryInput', {
  description: 'Omitted fields stay as they are; null clears name, unit, role and contact.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ScopeEntryRef }),
    kind: t.field({ type: ScopeEntryKindEnum }),
    pseudonym: t.string({ validate: label }),
    name: t.string({ validate: optionalText }),
    ...entryDetailFields(t),
  }),
})

defineAddRowMutation({
  name: 'addScopeEntry',
  description: 'Adds a group or person to interview to the IMMD Scope List.',
  input: AddScopeEntryInput,
  payload: ScopeEntryPayload,
  errors: [ValidationError, NotFoundError, GateNotSatisfiedError],
  add: addScopeEntry,
})

defineUpdateRowMutation({
  name: 'updateScopeEntry',
  input: UpdateScopeEntryInput,
  payload: ScopeEntryPayload,
  child: 'scopeEntry',
  errors: [ValidationError, NotFoundError, GateNotSatisfiedError],
  update: updateScopeEntry,
})

const MarkScopeEntryInterviewedInput = builder.inputType('MarkScopeEntryInterviewedInput', {
  description: 'Whether a Scope List entry has been interviewed.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ScopeEntryRef }),
    interviewed: t.boolean({ required: true, defaultValue: true }),
  }),
})

builder.mutationField('markScopeEntryInterviewed', (t) =>
  t.field({
    type: ScopeEntryPayload,
    description: 'Marks the entry as interviewed (or, with `interviewed: false`, not yet).',
    args: { input: t.arg({ type: MarkScopeEntryInterviewedInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => childWriterScopes('scopeEntry', args.id.id, ctx),
    errors: { types: [NotFoundError, GateNotSatisfiedError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      updateScopeEntry(ctx, { id: args.id.id, interviewed: args.interviewed }),
  }),
)

defineRemoveRowMutation({
  row: 'ScopeEntry',
  nodeType: 'ScopeEntry',
  ref: ScopeEntryRef,
  child: 'scopeEntry',
  description: 'Removes an entry that has not taken part in an interview session.',
  inputDescription: 'The Scope List entry to remove.',
  version: false,
  errors: [NotFoundError, ConflictError, GateNotSatisfiedError],
  remove: (ctx, { id }) => removeScopeEntry(ctx, { id }),
})
