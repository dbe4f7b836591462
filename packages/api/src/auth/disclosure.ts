/**
 * What only an engagement's team may read: interviewees' real names and contacts (assessors on the
 * team), and notes labelled TLP:AMBER, TLP:AMBER+STRICT or TLP:RED (anyone on the team). Fields
 * declare it with scopes (`scope.ts`, `interviews.ts`); exports use {@link redactTransferDocument}.
 *
 * @packageDocumentation
 */

/** TLP labels whose notes stay with the engagement's team (FIRST TLP 2.0). */
export const RESTRICTED_TLP = new Set(['amber', 'amber+strict', 'red'])

/** Whether notes with this label are for the engagement's team only. */
export function isRestrictedTlp(label: string | null | undefined): boolean {
  return RESTRICTED_TLP.has((label ?? '').trim().toLowerCase().replace(/^tlp:/, ''))
}

/** What the reader of an export may see. */
export interface Disclosure {
  /** Real names and contacts of interviewees. */
  realNames: boolean
  /** Notes labelled TLP:AMBER(+STRICT) or TLP:RED. */
  restrictedNotes: boolean
}

interface RedactableDocument {
  engagement: {
    scopeList?: { name?: string | null; contact?: string | null }[]
    interviews?: { notes?: string | null; notesTlp?: string | null }[]
  }
}

/**
 * Removes from an export document what its reader may not see: names and contacts of the scope
 * list unless `realNames`, restricted interview notes unless `restrictedNotes`. Returns a copy.
 */
export function redactTransferDocument<T extends RedactableDocument>(
  document: T,
  disclosure: Disclosure,
): T {
  const engagement = document.engagement
  return {
    ...document,
    engagement: {
      ...engagement,
      scopeList: engagement.scopeList?.map((entry) =>
        disclosure.realNames ? entry : { ...entry, name: null, contact: null },
      ),
      interviews: engagement.interviews?.map((session) =>
        disclosure.restrictedNotes || !isRestrictedTlp(session.notesTlp)
          ? session
          : { ...session, notes: null },
      ),
    },
  }
}
