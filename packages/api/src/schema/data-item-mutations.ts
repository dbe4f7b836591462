/**
 * Mutations of data items: `addDataItem`, `updateDataItem`, `removeDataItem`,
 * `linkDataItemDrivers`, `unlinkDataItemDrivers`.
 *
 * @packageDocumentation
 */
import { z } from 'zod'
import { builder } from '../builder.js'
import {
  ConflictError,
  GateNotSatisfiedError,
  InUseError,
  NotFoundError,
  ValidationError,
} from '../errors.js'
import {
  addDataItem,
  type DataItemChange,
  linkDataItemDrivers,
  removeDataItem,
  unlinkDataItemDrivers,
  updateDataItem,
} from '../mutations/data-items.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { childWriterScopes } from '../mutations/scopes.js'
import { DataItemRef } from './data-items.js'
import { DocumentRef } from './documents.js'
import { EngagementRef } from './engagement.js'
import { EffectEnum } from './enums.js'
import { InterviewRef } from './interviews.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'

const text = z.string().trim().min(1).max(5000)
const driverIds = z.array(z.string().trim().min(1).max(50)).min(1).max(50)
const ERRORS = [ValidationError, NotFoundError, GateNotSatisfiedError]
const UPDATE_ERRORS = [ValidationError, NotFoundError, ConflictError, GateNotSatisfiedError]

const DataItemPayload = changePayloadRef<DataItemChange>('DataItemPayload', {
  field: 'dataItem',
  model: 'DataItem',
  id: (change) => change.dataItemId,
})

const AddDataItemInput = builder.inputType('AddDataItemInput', {
  description: 'Give exactly one source: interviewSessionId or documentId.',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    text: t.string({ required: true, validate: text }),
    effect: t.field({ type: EffectEnum, required: true }),
    interviewSessionId: t.globalID({ for: InterviewRef }),
    documentId: t.globalID({ for: DocumentRef }),
    driverIds: t.stringList({
      required: true,
      validate: driverIds,
      description: 'Drivers of the engagement’s method this item is evidence for (`D1`…).',
    }),
  }),
})

const UpdateDataItemInput = builder.inputType('UpdateDataItemInput', {
  description: 'Omitted fields stay as they are; a new source replaces the old one.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: DataItemRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    text: t.string({ validate: text }),
    effect: t.field({ type: EffectEnum }),
    interviewSessionId: t.globalID({ for: InterviewRef }),
    documentId: t.globalID({ for: DocumentRef }),
    driverIds: t.stringList({ validate: driverIds, description: 'Replaces the linked drivers.' }),
  }),
})

defineAddRowMutation({
  name: 'addDataItem',
  description: 'Records a coded piece of evidence from an interview or a document.',
  input: AddDataItemInput,
  payload: DataItemPayload,
  errors: ERRORS,
  add: addDataItem,
})

defineUpdateRowMutation({
  name: 'updateDataItem',
  input: UpdateDataItemInput,
  payload: DataItemPayload,
  child: 'dataItem',
  errors: UPDATE_ERRORS,
  update: updateDataItem,
})

const DataItemDriversInput = builder.inputType('DataItemDriversInput', {
  description: 'A data item and drivers to link it to or unlink it from.',
  fields: (t) => ({
    id: t.globalID({
      required: true,
      for: DataItemRef,
      description: 'Global id of the data item.',
    }),
    driverIds: t.stringList({
      required: true,
      validate: driverIds,
      description: 'Codes of drivers of the engagement’s method (`D1`…).',
    }),
  }),
})

/** The driver-link mutations: name, what they write, description. Both take the same input. */
const DRIVER_LINK_MUTATIONS = [
  ['linkDataItemDrivers', linkDataItemDrivers, 'Adds drivers this item is evidence for.'],
  [
    'unlinkDataItemDrivers',
    unlinkDataItemDrivers,
    'Removes drivers from the item; one driver at least must stay.',
  ],
] as const

for (const [name, write, description] of DRIVER_LINK_MUTATIONS) {
  builder.mutationField(name, (t) =>
    t.field({
      type: DataItemPayload,
      description,
      args: { input: t.arg({ type: DataItemDriversInput, required: true }) },
      authScopes: (_root, { input: args }, ctx) => childWriterScopes('dataItem', args.id.id, ctx),
      errors: { types: ERRORS, directResult: true },
      resolve: (_root, { input: args }, ctx) =>
        write(ctx, { id: args.id.id, driverIds: args.driverIds }),
    }),
  )
}

defineRemoveRowMutation({
  row: 'DataItem',
  nodeType: 'DataItem',
  ref: DataItemRef,
  child: 'dataItem',
  description:
    'Removes a data item with its driver links. Refused (InUseError) while improvements cite it or evidence files are attached.',
  inputDescription: 'The data item to remove.',
  version: { description: 'The version you read.' },
  errors: [NotFoundError, ConflictError, InUseError, GateNotSatisfiedError],
  remove: removeDataItem,
})
