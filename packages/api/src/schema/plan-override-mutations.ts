/**
 * `overridePlanItem`: an assessor drops or replaces a planned interviewee or document, with a
 * reason; the override is recorded in `Engagement.planNotes.overrides`. Logic:
 * `services/plan-overrides.ts`.
 *
 * @packageDocumentation
 */

import { cleanText } from '@immd/core/free-text'
import { z } from 'zod'
import { engagementWriterScopes } from '../auth/engagement-scopes.js'
import { builder } from '../builder.js'
import { engagementWriteErrors } from '../errors.js'
import { overridePlanItem } from '../services/plan-overrides.js'
import { DocumentRef } from './documents.js'
import { EngagementRef, engagementPayloadRef } from './engagement.js'
import { ScopeEntryRef } from './scope.js'

const PlanOverrideActionEnum = builder.enumType('PlanOverrideAction', {
  description: 'What an assessor does with a planned interviewee or document.',
  values: {
    DROP: { value: 'drop', description: 'Not interviewed / not asked for.' },
    REPLACE: { value: 'replace', description: 'Someone or something else instead.' },
  } as const,
})

const OverridePlanItemInput = builder.inputType('OverridePlanItemInput', {
  description:
    'One override of the plan: which planned interviewee or document, what to do with it, and why.',
  fields: (t) => ({
    engagementId: t.globalID({
      required: true,
      for: EngagementRef,
      description:
        'The engagement whose plan is overridden; `itemId` must belong to it. You must be able to write to it.',
    }),
    itemId: t.globalID({
      required: true,
      for: [ScopeEntryRef, DocumentRef],
      description: 'A planned Scope List entry (interviewee) or Document Checklist item.',
    }),
    action: t.field({
      type: PlanOverrideActionEnum,
      required: true,
      description:
        'DROP deletes the planned item (refused with a ConflictError for an interviewee who already took part in a session); REPLACE changes it in place and requires `replacement`, DROP forbids it.',
    }),
    replacement: t.string({
      description:
        'For REPLACE: who is interviewed instead (becomes the entry’s role; its name and contact are cleared) or which document instead (its title).',
      validate: cleanText.pipe(z.string().trim().max(200)),
    }),
    reason: t.string({
      required: true,
      description: 'Why the plan is overridden; recorded with who and when.',
      validate: cleanText.pipe(z.string().trim().min(1).max(2000)),
    }),
  }),
})

builder.mutationField('overridePlanItem', (t) =>
  t.field({
    type: engagementPayloadRef('OverridePlanItemPayload', {
      type: 'The engagement after the plan override.',
      engagement:
        'The engagement with the changed Scope List or Document Checklist; the override is the last entry of `planNotes.overrides`.',
    }),
    description:
      'PRA2/A2: an assessor drops or replaces an interviewee or document the planner proposed, with a reason. The Scope List or Document Checklist changes, and the override (planned item, action, replacement, reason, who, when) is appended to `planNotes.overrides` and audited (`plan.override`).',
    args: { input: t.arg({ type: OverridePlanItemInput, required: true }) },
    authScopes: (_root, { input }, ctx) => engagementWriterScopes(input.engagementId.id, ctx),
    errors: engagementWriteErrors(),
    resolve: (_root, { input }, ctx) =>
      overridePlanItem(ctx, {
        engagementId: input.engagementId.id,
        itemKind: input.itemId.typename === 'Document' ? 'document' : 'interviewee',
        itemId: input.itemId.id,
        action: input.action,
        replacement: input.replacement,
        reason: input.reason,
      }),
  }),
)
