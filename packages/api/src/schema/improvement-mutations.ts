/**
 * Mutations of the IMC Improvement Worksheet (A6): `addImprovement`, `updateImprovement`,
 * `removeImprovement`.
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
  NotFoundError,
  ValidationError,
} from '../errors.js'
import {
  addImprovement,
  type ImprovementChange,
  removeImprovement,
  updateImprovement,
} from '../mutations/improvements.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { DataItemRef } from './data-items.js'
import { EngagementRef } from './engagement.js'
import { AnswerEnum } from './enums.js'
import { ImprovementRef } from './improvements.js'
import { ImprovementPriorityEnum, ImprovementStatusEnum } from './record-enums.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'
import { UserRef } from './viewer.js'

const proposal = z.string().trim().min(1).max(5000)
const ownerName = nameSchema(200)
const driverId = z.string().trim().min(1).max(50)

const ImprovementPayload = changePayloadRef<ImprovementChange>('ImprovementPayload', {
  field: 'improvement',
  model: 'Improvement',
  id: (change) => change.improvementId,
})

const AddImprovementInput = builder.inputType('AddImprovementInput', {
  description: 'Owner: a user of the organization (ownerId) or a person of the unit (ownerName).',
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    driverId: t.string({ required: true, validate: driverId }),
    dataItemIds: t.globalIDList({ for: DataItemRef, description: 'Motivating data items.' }),
    proposal: t.string({ required: true, validate: proposal }),
    priority: t.field({ type: ImprovementPriorityEnum, description: 'Default MEDIUM.' }),
    ownerId: t.globalID({ for: UserRef }),
    ownerName: t.string({ validate: ownerName }),
    dueDate: t.field({ type: 'DateTime' }),
    status: t.field({ type: ImprovementStatusEnum, description: 'Default PROPOSED.' }),
    expectedAnswer: t.field({ type: AnswerEnum, description: 'Answer expected once done.' }),
  }),
})

const UpdateImprovementInput = builder.inputType('UpdateImprovementInput', {
  description: 'Omitted fields stay as they are; dataItemIds replaces the links.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ImprovementRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    driverId: t.string({ validate: driverId }),
    dataItemIds: t.globalIDList({ for: DataItemRef }),
    proposal: t.string({ validate: proposal }),
    priority: t.field({ type: ImprovementPriorityEnum }),
    ownerId: t.globalID({ for: UserRef }),
    ownerName: t.string({ validate: ownerName }),
    dueDate: t.field({ type: 'DateTime' }),
    status: t.field({ type: ImprovementStatusEnum }),
    expectedAnswer: t.field({ type: AnswerEnum }),
  }),
})

defineAddRowMutation({
  name: 'addImprovement',
  description: 'Adds a row to the IMC Improvement Worksheet.',
  input: AddImprovementInput,
  payload: ImprovementPayload,
  errors: [ValidationError, NotFoundError, GateNotSatisfiedError],
  add: addImprovement,
})

defineUpdateRowMutation({
  name: 'updateImprovement',
  input: UpdateImprovementInput,
  payload: ImprovementPayload,
  child: 'improvement',
  errors: engagementWriteErrors().types,
  update: updateImprovement,
})

defineRemoveRowMutation({
  row: 'Improvement',
  nodeType: 'Improvement',
  ref: ImprovementRef,
  child: 'improvement',
  inputDescription: 'The improvement to remove.',
  version: {},
  errors: [NotFoundError, ConflictError, GateNotSatisfiedError],
  remove: removeImprovement,
})
