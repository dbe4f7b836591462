/**
 * Mutations of the IMMD Preparation Checklist: `addChecklistItem`, `updateChecklistItem`,
 * `removeChecklistItem`, `reorderChecklistItems`.
 *
 * @packageDocumentation
 */
import type { ActivityId } from '@immd/core/method-types'
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { ConflictError, NotFoundError, ValidationError } from '../errors.js'
import {
  addChecklistItem,
  type ChecklistItemChange,
  removeChecklistItem,
  reorderChecklistItems,
  updateChecklistItem,
} from '../mutations/checklist.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { ChecklistItemRef } from './checklist.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { ActivityIdEnum } from './enums.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'
import { UserRef } from './viewer.js'

const PREPARATION: readonly ActivityId[] = ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6']
const preparationActivity = z.string().refine((id) => PREPARATION.includes(id as ActivityId), {
  message: 'Checklist items belong to a preparation activity (PRA1-PRA6).',
})
const itemText = z.string().trim().min(1).max(1000)
const notes = z.string().max(10_000)

const ChecklistItemPayload = changePayloadRef<ChecklistItemChange>('ChecklistItemPayload', {
  field: 'checklistItem',
  model: 'ChecklistItem',
  id: (change) => change.checklistItemId,
})

const AddChecklistItemInput = builder.inputType('AddChecklistItemInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    activityId: t.field({ type: ActivityIdEnum, required: true, validate: preparationActivity }),
    text: t.string({ required: true, validate: itemText }),
    ownerId: t.globalID({ for: UserRef, description: 'A member of the organization.' }),
    dueDate: t.field({ type: 'DateTime' }),
    done: t.boolean(),
    notes: t.string({ validate: notes }),
  }),
})

const UpdateChecklistItemInput = builder.inputType('UpdateChecklistItemInput', {
  description: 'Omitted fields stay as they are; null clears owner, due date and notes.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ChecklistItemRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    activityId: t.field({ type: ActivityIdEnum, validate: preparationActivity }),
    text: t.string({ validate: itemText }),
    ownerId: t.globalID({ for: UserRef }),
    dueDate: t.field({ type: 'DateTime' }),
    done: t.boolean(),
    notes: t.string({ validate: notes }),
  }),
})

defineAddRowMutation({
  name: 'addChecklistItem',
  description: 'Appends an item to the IMMD Preparation Checklist.',
  input: AddChecklistItemInput,
  payload: ChecklistItemPayload,
  errors: [ValidationError, NotFoundError],
  add: addChecklistItem,
})

defineUpdateRowMutation({
  name: 'updateChecklistItem',
  description: 'Changes text, activity, owner, due date, done flag or notes of an item.',
  input: UpdateChecklistItemInput,
  payload: ChecklistItemPayload,
  child: 'checklistItem',
  errors: [ValidationError, NotFoundError, ConflictError],
  update: updateChecklistItem,
})

defineRemoveRowMutation({
  row: 'ChecklistItem',
  nodeType: 'ChecklistItem',
  ref: ChecklistItemRef,
  child: 'checklistItem',
  inputDescription: 'The checklist item to remove.',
  version: {},
  errors: [NotFoundError, ConflictError],
  remove: removeChecklistItem,
})

const ReorderChecklistItemsInput = builder.inputType('ReorderChecklistItemsInput', {
  description: "The new order of an engagement's Preparation Checklist.",
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    itemIds: t.globalIDList({ required: true, for: ChecklistItemRef }),
  }),
})

builder.mutationField('reorderChecklistItems', (t) =>
  t.field({
    type: engagementPayloadRef('ReorderChecklistItemsPayload'),
    description: 'Sets the order of the checklist; list every item exactly once.',
    args: { input: t.arg({ type: ReorderChecklistItemsInput, required: true }) },
    authScopes: (_root, { input: args }, ctx) => engagementWriterScopes(args.engagementId.id, ctx),
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    resolve: (_root, { input: args }, ctx) =>
      reorderChecklistItems(ctx, {
        engagementId: args.engagementId.id,
        itemIds: args.itemIds.map((id) => id.id),
      }),
  }),
)
