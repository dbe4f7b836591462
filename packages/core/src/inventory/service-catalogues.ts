/**
 * The service catalogues an inventory's `services` may refer to, as data with their sources
 * (domain reference §7.2, §7.3, §7.7):
 *
 * - `first-v2.1`: the FIRST CSIRT Services Framework v2.1, its five service areas (5-9) and their
 *   services (`[FIRST-SF]`, read), by number or by name;
 * - `cert-legacy`: the CERT/CC "CSIRT Services" list (`[CERT-SVC]`, read) plus the combined names
 *   chapter 5 of the organizational-models handbook uses, such as "Vulnerability and Artifact
 *   Response Coordination" (`[SEED-OM5]`, read).
 *
 * Two things here are our readings, not the sources': the crosswalk from CERT names to FIRST
 * numbers (`[INF]`, §7.7) and the IMC function each service serves (`[INF]`, following the IMCM's
 * Protect / Detect / Respond / Sustain grouping). Both feed warnings only, never validation errors.
 *
 * @packageDocumentation
 */
import type { ImcFunction } from './vocabularies.js'

/** One service (or service area) of a catalogue. */
export interface CatalogueService {
  /** Number (`6.2`, area `6`) for FIRST; the canonical name for the CERT list. */
  id: string
  name: string
  /** Other spellings that mean the same service. */
  aliases?: readonly string[]
  /** IMC functions the service serves (`[INF]`). */
  functions: readonly ImcFunction[]
  /** CERT entries only: the FIRST v2.1 numbers it maps to (`[INF]` crosswalk); empty = none. */
  first?: readonly string[]
  /** Where the name was read. */
  source: string
}

/** A service catalogue with its provenance. */
export interface ServiceCatalogue {
  id: 'first-v2.1' | 'cert-legacy'
  label: string
  source: string
  services: readonly CatalogueService[]
}

const FIRST = '[FIRST-SF]'
const CERT = '[CERT-SVC]'
const OM5 = '[SEED-OM5]'

/** FIRST CSIRT Services Framework v2.1: areas, then services (§7.7). */
export const FIRST_V2_1_CATALOGUE: ServiceCatalogue = {
  id: 'first-v2.1',
  label: 'FIRST CSIRT Services Framework v2.1',
  source: `${FIRST} first.org CSIRT Services Framework v2.1`,
  services: [
    {
      id: '5',
      name: 'Information Security Event Management',
      functions: ['detect'],
      source: FIRST,
    },
    { id: '5.1', name: 'Monitoring and detection', functions: ['detect'], source: FIRST },
    { id: '5.2', name: 'Event analysis', functions: ['detect'], source: FIRST },
    {
      id: '6',
      name: 'Information Security Incident Management',
      functions: ['respond'],
      source: FIRST,
    },
    {
      id: '6.1',
      name: 'Information security incident report acceptance',
      functions: ['respond'],
      source: FIRST,
    },
    {
      id: '6.2',
      name: 'Information security incident analysis',
      functions: ['respond'],
      source: FIRST,
    },
    {
      id: '6.3',
      name: 'Artifact and forensic evidence analysis',
      functions: ['respond'],
      source: FIRST,
    },
    { id: '6.4', name: 'Mitigation and recovery', functions: ['respond'], source: FIRST },
    {
      id: '6.5',
      name: 'Information security incident coordination',
      functions: ['respond'],
      source: FIRST,
    },
    { id: '6.6', name: 'Crisis management support', functions: ['respond'], source: FIRST },
    { id: '7', name: 'Vulnerability Management', functions: ['protect'], source: FIRST },
    {
      id: '7.1',
      name: 'Vulnerability discovery / research',
      aliases: ['Vulnerability discovery', 'Vulnerability research'],
      functions: ['protect'],
      source: FIRST,
    },
    { id: '7.2', name: 'Vulnerability report intake', functions: ['protect'], source: FIRST },
    { id: '7.3', name: 'Vulnerability analysis', functions: ['protect'], source: FIRST },
    { id: '7.4', name: 'Vulnerability coordination', functions: ['protect'], source: FIRST },
    { id: '7.5', name: 'Vulnerability disclosure', functions: ['protect'], source: FIRST },
    { id: '7.6', name: 'Vulnerability response', functions: ['protect'], source: FIRST },
    { id: '8', name: 'Situational Awareness', functions: ['detect'], source: FIRST },
    { id: '8.1', name: 'Data acquisition', functions: ['detect'], source: FIRST },
    { id: '8.2', name: 'Analysis and synthesis', functions: ['detect'], source: FIRST },
    { id: '8.3', name: 'Communication', functions: ['detect'], source: FIRST },
    { id: '9', name: 'Knowledge Transfer', functions: ['protect'], source: FIRST },
    { id: '9.1', name: 'Awareness building', functions: ['protect'], source: FIRST },
    { id: '9.2', name: 'Training and education', functions: ['protect'], source: FIRST },
    { id: '9.3', name: 'Exercises', functions: ['protect'], source: FIRST },
    { id: '9.4', name: 'Technical and policy advisory', functions: ['protect'], source: FIRST },
  ],
}

/** The CERT/CC list (§7.2) plus the handbook's chapter-5 combined names (§7.3). */
export const CERT_LEGACY_CATALOGUE: ServiceCatalogue = {
  id: 'cert-legacy',
  label: 'CERT/CC CSIRT Services (with the organizational-models handbook, chapter 5)',
  source: `${CERT} CERT/CC "CSIRT Services"; ${OM5} CMU/SEI-2003-HB-001 chapter 5`,
  services: [
    {
      id: 'Alerts and Warnings',
      name: 'Alerts and Warnings',
      functions: ['detect'],
      first: ['8.3'],
      source: CERT,
    },
    {
      id: 'Incident Handling',
      name: 'Incident Handling',
      functions: ['respond'],
      first: ['6'],
      source: CERT,
    },
    {
      id: 'Incident analysis',
      name: 'Incident analysis',
      functions: ['respond'],
      first: ['6.2'],
      source: CERT,
    },
    {
      id: 'Incident response on site',
      name: 'Incident response on site',
      functions: ['respond'],
      first: ['6.4'],
      source: CERT,
    },
    {
      id: 'Incident response support',
      name: 'Incident response support',
      functions: ['respond'],
      first: ['6.4'],
      source: CERT,
    },
    {
      id: 'Incident response coordination',
      name: 'Incident response coordination',
      functions: ['respond'],
      first: ['6.5'],
      source: CERT,
    },
    {
      id: 'Vulnerability Handling',
      name: 'Vulnerability Handling',
      functions: ['protect'],
      first: ['7'],
      source: CERT,
    },
    {
      id: 'Vulnerability analysis',
      name: 'Vulnerability analysis',
      functions: ['protect'],
      first: ['7.3'],
      source: CERT,
    },
    {
      id: 'Vulnerability response',
      name: 'Vulnerability response',
      functions: ['protect'],
      first: ['7.6'],
      source: CERT,
    },
    {
      id: 'Vulnerability response coordination',
      name: 'Vulnerability response coordination',
      functions: ['protect'],
      first: ['7.4'],
      source: CERT,
    },
    {
      id: 'Artifact Handling',
      name: 'Artifact Handling',
      functions: ['respond'],
      first: ['6.3'],
      source: CERT,
    },
    {
      id: 'Artifact analysis',
      name: 'Artifact analysis',
      functions: ['respond'],
      first: ['6.3'],
      source: CERT,
    },
    {
      id: 'Artifact response',
      name: 'Artifact response',
      functions: ['respond'],
      first: ['6.3'],
      source: CERT,
    },
    {
      id: 'Artifact response coordination',
      name: 'Artifact response coordination',
      functions: ['respond'],
      first: ['6.5'],
      source: CERT,
    },
    // The handbook's chapter 5 names vulnerability and artifact services together.
    {
      id: 'Vulnerability and Artifact Analysis',
      name: 'Vulnerability and Artifact Analysis',
      functions: ['protect', 'respond'],
      first: ['7.3', '6.3'],
      source: OM5,
    },
    {
      id: 'Vulnerability and Artifact Response',
      name: 'Vulnerability and Artifact Response',
      functions: ['protect', 'respond'],
      first: ['7.6', '6.3'],
      source: OM5,
    },
    {
      id: 'Vulnerability and Artifact Response Coordination',
      name: 'Vulnerability and Artifact Response Coordination',
      functions: ['protect', 'respond'],
      first: ['7.4', '6.5'],
      source: OM5,
    },
    {
      id: 'Announcements',
      name: 'Announcements',
      functions: ['detect'],
      first: ['8.3'],
      source: CERT,
    },
    {
      id: 'Technology Watch',
      name: 'Technology Watch',
      functions: ['detect'],
      first: ['8.1', '8.2'],
      source: CERT,
    },
    {
      id: 'Security Audits or Assessments',
      name: 'Security Audits or Assessments',
      functions: ['protect'],
      first: [],
      source: CERT,
    },
    {
      id: 'Configuration and Maintenance of Security Tools, Applications, and Infrastructures',
      name: 'Configuration and Maintenance of Security Tools, Applications, and Infrastructures',
      aliases: [
        'Configuration and Maintenance of Security Tools, Applications, Infrastructures, and Services',
      ],
      functions: ['protect'],
      first: [],
      source: CERT,
    },
    {
      id: 'Development of Security Tools',
      name: 'Development of Security Tools',
      functions: ['sustain'],
      first: [],
      source: CERT,
    },
    {
      id: 'Intrusion Detection Services',
      name: 'Intrusion Detection Services',
      functions: ['detect'],
      first: ['5.1', '5.2'],
      source: CERT,
    },
    {
      id: 'Security-Related Information Dissemination',
      name: 'Security-Related Information Dissemination',
      functions: ['detect'],
      first: ['8.3'],
      source: CERT,
    },
    { id: 'Risk Analysis', name: 'Risk Analysis', functions: ['protect'], first: [], source: CERT },
    {
      id: 'Business Continuity and Disaster Recovery Planning',
      name: 'Business Continuity and Disaster Recovery Planning',
      functions: ['sustain'],
      first: [],
      source: CERT,
    },
    {
      id: 'Security Consulting',
      name: 'Security Consulting',
      functions: ['protect'],
      first: ['9.4'],
      source: CERT,
    },
    {
      id: 'Awareness Building',
      name: 'Awareness Building',
      functions: ['protect'],
      first: ['9.1'],
      source: CERT,
    },
    {
      id: 'Education/Training',
      name: 'Education/Training',
      aliases: ['Education and Training'],
      functions: ['protect'],
      first: ['9.2'],
      source: CERT,
    },
    {
      id: 'Product Evaluation or Certification',
      name: 'Product Evaluation or Certification',
      functions: ['sustain'],
      first: [],
      source: CERT,
    },
  ],
}

/** Both catalogues by id. */
export const SERVICE_CATALOGUES = {
  'first-v2.1': FIRST_V2_1_CATALOGUE,
  'cert-legacy': CERT_LEGACY_CATALOGUE,
} as const satisfies Record<ServiceCatalogue['id'], ServiceCatalogue>
