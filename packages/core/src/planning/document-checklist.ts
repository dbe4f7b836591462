/**
 * Builds the IMMD Document Checklist (domain reference §8.3, `[DESIGN]`): the documents the records
 * name, then the standard items none of them covers.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '../inventory/record-schema.js'
import type { ModelProfile } from './model-profiles.js'
import type { DocumentChecklistItem } from './types.js'

/** A standard checklist item and the other names a record may give it. */
export interface StandardDocument {
  id: string
  title: string
  aliases: string[]
}

/** The standard items of §8.3 (`[DESIGN]`), in checklist order. */
export const STANDARD_DOCUMENTS: readonly StandardDocument[] = [
  {
    id: 'rfc-2350',
    title: 'RFC 2350 description',
    aliases: ['RFC 2350', 'RFC2350', 'RFC 2350 team description'],
  },
  { id: 'mission-statement', title: 'Mission statement', aliases: ['mission'] },
  {
    id: 'service-catalogue',
    title: 'Service catalogue',
    aliases: ['service catalog', 'services catalogue', 'services catalog'],
  },
  {
    id: 'incident-handling-procedures',
    title: 'Incident handling procedures',
    aliases: ['incident response procedures'],
  },
  { id: 'escalation-procedure', title: 'Escalation procedure', aliases: [] },
  {
    id: 'contact-notification-list',
    title: 'Contact/notification list',
    aliases: ['contact list', 'notification list', 'contact and notification list'],
  },
  {
    id: 'tracking-system-records',
    title: 'Tracking-system records',
    aliases: ['incident tracking system records', 'incident tracking records', 'ticket records'],
  },
]

/**
 * A comparison key: case, punctuation and plural endings do not matter, so "Incident handling
 * procedure" and "incident-handling procedures" are the same document.
 */
export function normalizeDocumentTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ')
}

/** Options of {@link buildDocumentChecklist}. */
export interface BuildDocumentChecklistOptions {
  records: readonly InventoryRecord[]
  /** The organizational model's profile: its documents follow the records' own. */
  profile?: ModelProfile
}

/**
 * Lists record documents (deduplicated) first, then the documents the model asks for that the
 * records do not name, then the standard items none of them covers.
 */
export function buildDocumentChecklist(
  options: BuildDocumentChecklistOptions,
): DocumentChecklistItem[] {
  const items: DocumentChecklistItem[] = []
  const byKey = new Map<string, DocumentChecklistItem>()
  for (const record of options.records) {
    for (const title of record.documents ?? []) {
      const key = normalizeDocumentTitle(title)
      const existing = byKey.get(key)
      const team = record['short-team-name']
      if (existing) {
        if (!existing.teams.includes(team)) existing.teams.push(team)
        continue
      }
      const item: DocumentChecklistItem = {
        title: title.trim(),
        source: 'record',
        standardItem: matchStandard(key)?.id ?? null,
        teams: [team],
      }
      byKey.set(key, item)
      items.push(item)
    }
  }
  for (const document of options.profile?.documents ?? []) {
    const key = normalizeDocumentTitle(document.title)
    if (byKey.has(key)) continue
    const item: DocumentChecklistItem = {
      title: document.title,
      source: 'model',
      standardItem: null,
      teams: [],
      reason: document.reason,
    }
    byKey.set(key, item)
    items.push(item)
  }
  const covered = new Set(items.map((item) => item.standardItem))
  for (const standard of STANDARD_DOCUMENTS) {
    if (covered.has(standard.id)) continue
    items.push({ title: standard.title, source: 'standard', standardItem: standard.id, teams: [] })
  }
  return items
}

function matchStandard(key: string): StandardDocument | undefined {
  return STANDARD_DOCUMENTS.find((standard) =>
    [standard.title, ...standard.aliases].some((name) => normalizeDocumentTitle(name) === key),
  )
}
