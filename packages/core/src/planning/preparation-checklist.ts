/**
 * Builds the IMMD Preparation Checklist (domain reference §6, §8.3): items for PRA1-PRA6, worded for
 * the IMC at hand. The items are product proposals (`[DESIGN]`), not method text.
 *
 * @packageDocumentation
 */

import type { InventoryRecord } from '../inventory/record-schema.js'
import { findBand } from '../method.js'
import type { BandId, MethodDefinition } from '../method-types.js'
import type { ModelProfile } from './model-profiles.js'
import type { PreparationChecklistItem, ScopeListUnit } from './types.js'

/** Options of {@link buildPreparationChecklist}. */
export interface BuildPreparationChecklistOptions {
  method: MethodDefinition
  name: string
  records: readonly InventoryRecord[]
  threshold: BandId | null
  scopeList: readonly ScopeListUnit[]
  documentCount: number
  /** The organizational model's profile: its items follow the generic ones of their activity. */
  profile?: ModelProfile
}

/** Lists the preparation items, at least one per Phase 1 activity, in activity order. */
export function buildPreparationChecklist(
  options: BuildPreparationChecklistOptions,
): PreparationChecklistItem[] {
  const { method, name, records, scopeList } = options
  const entries = scopeList.flatMap((unit) => unit.entries)
  const people = entries.filter((entry) => entry.kind === 'person').length
  const groups = entries.length - people
  const units = scopeList.map((unit) => unit.unit)
  const reportsTo = [...new Set(records.flatMap((record) => record.reports_to ?? []))]
  const countries = [...new Set(records.flatMap((record) => record['country-code'] ?? []))]
  const band = options.threshold === null ? undefined : findBand(method, options.threshold)
  const items: [PreparationChecklistItem['activity'], string][] = [
    [
      'PRA1',
      `Identify and confirm the sponsor of the IMMD of ${name}` +
        (reportsTo.length > 0 ? ` (the IMC reports to ${reportsTo.join(', ')})` : '') +
        ', and record the sponsorship.',
    ],
    ['PRA1', 'Agree the IMMD requirements and constraints with the sponsor.'],
    [
      'PRA2',
      `Review the scope list with the sponsor: ${people} people and ${groups} groups in ` +
        `${units.length} units across ${records.length} team records.`,
    ],
    [
      'PRA2',
      band
        ? `Confirm the success threshold (${band.label}) with the sponsor.`
        : 'Set the success threshold with the sponsor; it is required before A5.',
    ],
    ['PRA3', `Plan interview sessions by unit: ${units.join(', ')}.`],
    [
      'PRA3',
      `Plan the review of the ${options.documentCount} documents on the document checklist.`,
    ],
    ['PRA4', 'Book rooms or secure teleconferences for every interview session.'],
    ['PRA4', 'Request the documents on the document checklist from their owners.'],
    [
      'PRA5',
      `Train the assessment team on ${method.name} (${method.version}), its worksheets, and which ` +
        'content is inferred or proposed rather than read from the method.',
    ],
    [
      'PRA6',
      `Decide whether to tailor ${method.version} (drivers, prompts, weights); skip PRA6 to use it as is.`,
    ],
  ]
  if (countries.length > 1) {
    items.splice(7, 0, [
      'PRA4',
      `Align session times, languages and legal constraints across countries: ${countries.join(', ')}.`,
    ])
  }
  const order = ['PRA1', 'PRA2', 'PRA3', 'PRA4', 'PRA5', 'PRA6']
  const withModel = [
    ...items,
    ...(options.profile?.preparation ?? []).map((item): (typeof items)[number] => [
      item.activity,
      item.text,
    ]),
  ]
  // A stable sort keeps the generic items first within each activity.
  withModel.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  return withModel.map(([activity, text]) => ({ activity, text, provenance: 'design' }))
}
