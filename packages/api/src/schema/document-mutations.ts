/**
 * Mutations of the IMMD Document Checklist (A2): `addDocument`, `updateDocument`, `removeDocument`,
 * `markDocumentRequested`, `markDocumentReceived`, `markDocumentReviewed`.
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
  addDocument,
  type DocumentChange,
  type DocumentStep,
  removeDocument,
  updateDocument,
} from '../mutations/documents.js'
import { changePayloadRef } from '../mutations/payloads.js'
import { childWriterScopes } from '../mutations/scopes.js'
import { DocumentRef } from './documents.js'
import { EngagementRef } from './engagement.js'
import { defineRemoveRowMutation } from './remove-row-mutation.js'
import { defineAddRowMutation, defineUpdateRowMutation } from './row-write-mutation.js'

const title = nameSchema(300)
const shortText = z.string().trim().max(200)
const notes = z.string().max(10_000)

const DocumentPayload = changePayloadRef<DocumentChange>('DocumentPayload', {
  field: 'document',
  model: 'Document',
  id: (change) => change.documentId,
})

const AddDocumentInput = builder.inputType('AddDocumentInput', {
  fields: (t) => ({
    engagementId: t.globalID({ required: true, for: EngagementRef }),
    title: t.string({ required: true, validate: title }),
    kind: t.string({ validate: shortText, description: 'e.g. rfc2350, procedure.' }),
    owner: t.string({ validate: shortText, description: 'Who holds the document.' }),
    notes: t.string({ validate: notes }),
  }),
})

const UpdateDocumentInput = builder.inputType('UpdateDocumentInput', {
  description: 'Omitted fields stay as they are; null clears kind, owner and notes.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: DocumentRef }),
    version: t.int({ required: true, description: 'The version you read.' }),
    title: t.string({ validate: title }),
    kind: t.string({ validate: shortText }),
    owner: t.string({ validate: shortText }),
    notes: t.string({ validate: notes }),
  }),
})

const MarkDocumentStepInput = builder.inputType('MarkDocumentStepInput', {
  description:
    'A step of a document’s review (`markDocumentRequested`, `markDocumentReceived`, `markDocumentReviewed`).',
  fields: (t) => ({
    id: t.globalID({ required: true, for: DocumentRef, description: 'Global id of the document.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    at: t.field({ type: 'DateTime', description: 'When the step happened. Default: now.' }),
  }),
})

defineAddRowMutation({
  name: 'addDocument',
  description: 'Adds a document to gather and review to the IMMD Document Checklist.',
  input: AddDocumentInput,
  payload: DocumentPayload,
  errors: [ValidationError, NotFoundError, GateNotSatisfiedError],
  add: addDocument,
})

defineUpdateRowMutation({
  name: 'updateDocument',
  description: 'Changes a row of the Document Checklist; omitted fields are kept.',
  input: UpdateDocumentInput,
  payload: DocumentPayload,
  child: 'document',
  errors: engagementWriteErrors().types,
  update: updateDocument,
})

defineRemoveRowMutation({
  row: 'Document',
  nodeType: 'Document',
  ref: DocumentRef,
  child: 'document',
  description:
    'Removes a document. Refused (InUseError) while data items come from it or evidence files are attached.',
  inputDescription: 'The document to remove.',
  idDescription: 'Global id of the document.',
  version: { description: 'The version you read.' },
  errors: [NotFoundError, ConflictError, InUseError, GateNotSatisfiedError],
  remove: removeDocument,
})

const STEPS: [string, DocumentStep, string][] = [
  ['markDocumentRequested', 'requested', 'Records when the document was requested.'],
  ['markDocumentReceived', 'received', 'Records when the document was received.'],
  ['markDocumentReviewed', 'reviewed', 'Records the review, with you as the reviewer.'],
]

for (const [name, step, description] of STEPS) {
  builder.mutationField(name, (t) =>
    t.field({
      type: DocumentPayload,
      description,
      args: { input: t.arg({ type: MarkDocumentStepInput, required: true }) },
      authScopes: (_root, { input: args }, ctx) => childWriterScopes('document', args.id.id, ctx),
      errors: engagementWriteErrors(),
      resolve: (_root, { input: args }, ctx) =>
        updateDocument(ctx, { id: args.id.id, version: args.version, step, at: args.at }),
    }),
  )
}
