/**
 * What only an engagement's team may read: interviewees' real names and contacts (assessors on the
 * team), and notes labelled TLP:AMBER, TLP:AMBER+STRICT or TLP:RED (anyone on the team). Fields
 * declare it with scopes (`scope.ts`, `interviews.ts`); exports use {@link redactTransferDocument}.
 * Inventory records name the team's staff and their contacts: {@link redactInventoryRecord}
 * removes them for readers who may not see people's names (exports' `teamSnapshot`, `Team.record`).
 *
 * @packageDocumentation
 */
import { KNOWN_KEYS } from '@immd/core/inventory/record-schema'
import { isPlainObject } from '@immd/core/inventory/validate-records'

/** TLP labels whose notes stay with the engagement's team (FIRST TLP 2.0). */
export const RESTRICTED_TLP = new Set(['amber', 'amber+strict', 'red'])

/** Whether notes with this label are for the engagement's team only. */
export function isRestrictedTlp(label: string | null | undefined): boolean {
  return RESTRICTED_TLP.has((label ?? '').trim().toLowerCase().replace(/^tlp:/, ''))
}

/** What the reader of an export may see. */
export interface Disclosure {
  /** Real names and contacts of interviewees and of the team's staff (`teamSnapshot`). */
  realNames: boolean
  /** Notes labelled TLP:AMBER(+STRICT) or TLP:RED. */
  restrictedNotes: boolean
}

interface RedactableDocument {
  engagement: {
    teamSnapshot?: unknown
    scopeList?: { name?: string | null; contact?: string | null }[]
    interviews?: { notes?: string | null; notesTlp?: string | null }[]
  }
}

/**
 * Removes from an export document what its reader may not see: names and contacts of the scope
 * list and of the team's staff (`teamSnapshot`) unless `realNames`, restricted interview notes
 * unless `restrictedNotes`. Returns a copy.
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
      ...(engagement.teamSnapshot === undefined || disclosure.realNames
        ? {}
        : { teamSnapshot: redactTeamSnapshot(engagement.teamSnapshot) }),
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

/** Staff keys that describe the work, not the person; every other key of a staff entry goes. */
const STAFF_KEPT_KEYS = ['role', 'unit', 'fte', 'skills', 'hours']
/** Keys that name or reach a person: kept as null, so readers see that something was left out. */
const PERSON_KEYS = ['name', 'contact', 'backup']
/** Extended-staff keys that describe the group, not the person. */
const EXTENDED_KEPT_KEYS = ['group', 'unit']

/** Keeps `kept` keys of an entry and nulls the person keys it has; drops anything else. */
function redactPerson(entry: unknown, kept: readonly string[]): unknown {
  if (!isPlainObject(entry)) return entry
  const redacted: Record<string, unknown> = {}
  for (const key of kept) if (key in entry) redacted[key] = entry[key]
  for (const key of PERSON_KEYS) if (key in entry) redacted[key] = null
  return redacted
}

/** Record keys the inventory format defines: Global IRT and IMMD keys, and `-`-prefixed ones. */
const isKnownRecordKey = (key: string) =>
  key.startsWith('-') || (KNOWN_KEYS.record as readonly string[]).includes(key)

/**
 * An inventory record without personal data of the team's staff: each `staff` entry keeps its
 * role, unit, FTE share, skills and hours (capacity planning needs them) but loses name, contact,
 * backup and any other key; `extended_staff` objects keep their group and unit. The team's own
 * published fields (name, address, team mailbox, phone numbers, keys) stay: they are the team's
 * contacts, not a person's. Keys the format does not define (imports warn about them) are left
 * out, since nobody checked what they hold. Returns a copy; anything but an object is returned as
 * it is.
 */
export function redactInventoryRecord(record: unknown): unknown {
  if (!isPlainObject(record)) return record
  const { staff, extended_staff: extended } = record
  const known = Object.entries(record).filter(([key]) => isKnownRecordKey(key))
  return {
    ...Object.fromEntries(known),
    ...(Array.isArray(staff)
      ? { staff: staff.map((entry) => redactPerson(entry, STAFF_KEPT_KEYS)) }
      : {}),
    ...(Array.isArray(extended)
      ? { extended_staff: extended.map((entry) => redactPerson(entry, EXTENDED_KEPT_KEYS)) }
      : {}),
  }
}

/** A team snapshot (the IMC's inventory records, or one record) without staff personal data. */
export function redactTeamSnapshot(snapshot: unknown): unknown {
  return Array.isArray(snapshot)
    ? snapshot.map((record) => redactInventoryRecord(record))
    : redactInventoryRecord(snapshot)
}
