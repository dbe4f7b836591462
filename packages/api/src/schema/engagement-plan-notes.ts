/**
 * `Engagement.planNotes`: what shaped a plan made from inventory records (the organizational
 * model and its profile with provenance, the guidance, the planning warnings, the proposed
 * interview sessions and the IMC-function coverage), as `@immd/core` planning wrote it.
 *
 * @packageDocumentation
 */
import { builder } from '../builder.js'

builder.prismaObjectFields('Engagement', (t) => ({
  planNotes: t.expose('planNotes', {
    type: 'JSON',
    nullable: true,
    description:
      "From planning with inventory records: `{ model, guidance, warnings, sessions, coverage, overrides }` (see docs/automation.md); null for engagements created without records. Sessions name scope entries by pseudonym only. `overrides` lists the assessors' `overridePlanItem` decisions: `{ id, itemKind, itemId, planned, action, replacement, reason, decidedById, decidedBy, decidedAt }`.",
  }),
}))
