/**
 * What of an engagement's stored data the transfer document carries, model by model, and what
 * it leaves behind on purpose, with why. `tests/transfer-coverage.test.ts` compares this with the
 * Prisma data model and the document's schema: a column added to a worksheet that is neither
 * transferred (under its own name or a name listed here) nor listed as left behind fails the
 * test, so a new field cannot be dropped silently by export → import (issue #20). The
 * worksheets' own models come from their declarations (`@immd/core/worksheets`); the rest are listed here.
 *
 * @packageDocumentation
 */

import { ACCOUNT, BOOKKEEPING, DECLARED_WORKSHEETS } from '@immd/core/worksheets'

/** How one model's rows travel. */
export interface ModelTransfer {
  /**
   * Where its rows are in the document, as a path of `transferEngagementSchema` keys:
   * `''` for the engagement itself, `interviews.participants` for a nested list; a link table's
   * rows are a list of ids on their owner's rows (`dataItems` with `drivers`).
   */
  section: string
  /** Columns carried under another name (column → document key). */
  renamed?: Readonly<Record<string, string>>
  /** Columns left behind, each with why. */
  notTransferred: Readonly<Record<string, string>>
}

/**
 * Models that are not worksheets of their own: the engagement, and the nested rows and link
 * tables the worksheets' hand-written parts carry.
 */
const NESTED_MODELS: Readonly<Record<string, ModelTransfer>> = {
  Engagement: {
    section: '',
    notTransferred: {
      ...BOOKKEEPING,
      organizationId: 'the importing organization owns the copy',
      teamId: 're-linked on import to the team of the same short name (`teamSnapshot`)',
      methodId: 'resolved on import from `methodVersion`, or from the tailored `method` carried',
      previousEngagementId: 'the earlier engagement is not in the document',
      createdById: ACCOUNT,
      dataVersion: 'bookkeeping of this database',
      createdAt: 'the copy is created when it is imported',
      latestScoredDrivers:
        'recomputed on import with the latest total and band (`imported-figures.ts`), never copied',
      latestMethodDrivers:
        'recomputed on import with the latest total and band (`imported-figures.ts`), never copied',
      planNotes:
        'records who overrode the plan by account; the Scope List and Document Checklist it shaped travel',
    },
  },
  InterviewParticipant: {
    section: 'interviews.participants',
    renamed: { scopeEntryId: 'scopeEntry' },
    notTransferred: { id: BOOKKEEPING.id, sessionId: 'the row sits under its interview' },
  },
  InterviewRating: {
    section: 'interviews.participants.ratings',
    notTransferred: {
      id: BOOKKEEPING.id,
      participantId: 'the row sits under its participant',
      createdAt: 'bookkeeping of this database',
    },
  },
  DataItemDriver: {
    section: 'dataItems',
    renamed: { driverId: 'drivers' },
    notTransferred: { dataItemId: 'the driver ids sit under their data item' },
  },
  ImprovementDataItem: {
    section: 'improvements',
    renamed: { dataItemId: 'dataItems' },
    notTransferred: { improvementId: 'the data item indexes sit under their improvement' },
  },
}

/** Every model that holds an engagement's data, with how it travels. */
export const TRANSFERRED_MODELS: Readonly<Record<string, ModelTransfer>> = {
  ...NESTED_MODELS,
  ...Object.fromEntries(
    DECLARED_WORKSHEETS.map((worksheet): [string, ModelTransfer] => [
      worksheet.model,
      {
        section: worksheet.section,
        notTransferred: worksheet.notTransferred,
        ...(worksheet.renamed ? { renamed: worksheet.renamed } : {}),
      },
    ]),
  ),
}

/** Models under an engagement that the transfer leaves behind entirely, with why. */
export const NOT_TRANSFERRED_MODELS: Readonly<Record<string, string>> = {
  EngagementMember:
    'the engagement team is accounts of the source instance; the importer becomes its lead assessor',
  RespondentLink:
    'links are credentials of the source instance (a token hash, an expiry); issue new ones after import',
}
