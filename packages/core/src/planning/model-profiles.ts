/**
 * Planning profiles per organizational model of the SEI handbook "Organizational Models for
 * Computer Security Incident Response Teams" (CMU/SEI-2003-HB-001; domain reference §7.1): who is
 * interviewed beyond the records' staff, how sessions are grouped, which documents are asked for and
 * which preparation items apply.
 *
 * This is method-version data, not code: a tailored method version may pass its own profiles to
 * `planEngagement`. Provenance travels with every profile: chapter 5 (internal distributed) was
 * read (`[SEED-OM5]`); the other chapters are reconstructed from their openings (`[OM-ch3]`,
 * `[OM-ch4]`, `[OM-ch6]`-`[OM-ch8]`) and labelled so; turning a trait into an interview or a
 * document request is our design throughout.
 *
 * @packageDocumentation
 */
import type { OrganizationalModel } from '../inventory/vocabularies.js'
import type { PlanGuidance } from './types.js'

/** Interviewees a profile adds to the records' staff. */
export type IntervieweeRule =
  /** The manager the CSIRT reports to (`reports_to`). */
  | 'upper-manager'
  /** The line (divisional) manager of each unit with part-time members (fte < 1). */
  | 'line-managers-of-part-timers'
  /** The manager of each unit whose staff handle incidents: authority rests there. */
  | 'department-managers'
  /** The organization's help desk, when triage runs through it. */
  | 'help-desk-when-central-triage'
  /** IT operations, who carry out responses the team decides on. */
  | 'it-operations'
  /** Representatives of the constituent business units. */
  | 'business-units'
  /** Representatives of the (usually external) constituency. */
  | 'constituent-representatives'
  /** Partner teams and information-sharing partners. */
  | 'partner-representatives'

/** How staff (non-managers) are put into peer sessions. */
export type PeerGrouping =
  /** Staff of one unit together (a site, a department). */
  | 'unit'
  /** Staff of all units together: members of one virtual team are each other's peers. */
  | 'imc'

/** A document the profile asks for. */
export interface ProfileDocument {
  title: string
  reason: string
}

/** The planning profile of one organizational model. */
export interface ModelProfile {
  model: OrganizationalModel | null
  label: string
  chapter: string | null
  provenance: 'read' | 'reconstructed' | 'design'
  sources: string[]
  /** False when nobody owns incident management: no IMC manager is placed, a warning says why. */
  hasImcManager: boolean
  interviewees: { rule: IntervieweeRule; reason: string }[]
  peerGrouping: PeerGrouping
  documents: ProfileDocument[]
  /** Preparation items (PRA1-PRA6) the model adds. */
  preparation: { activity: 'PRA1' | 'PRA2' | 'PRA3' | 'PRA4'; text: string }[]
  /** What the handbook says that shaped this profile. */
  guidance: PlanGuidance[]
}

/** The profiles of one method version. */
export interface PlanningProfiles {
  /** Method version the profiles were written for. */
  version: string
  /** Largest interview session the planner proposes (`[DESIGN]`). */
  maxSessionSize: number
  byModel: Record<OrganizationalModel, ModelProfile>
  /** Used when no record names a model. */
  generic: ModelProfile
}

const OM5 = '[SEED-OM5] CMU/SEI-2003-HB-001 chapter 5'

const UPPER = {
  rule: 'upper-manager',
  reason: 'The CSIRT manager reports to high-level management (CIO, CSO, CRO), who sponsors it.',
} as const

/** Profiles written for IMMD 1.0. */
export const PLANNING_PROFILES_1_0: PlanningProfiles = {
  version: 'immd-1.0',
  maxSessionSize: 6,
  generic: {
    model: null,
    label: 'No organizational model given',
    chapter: null,
    provenance: 'design',
    sources: ['[DESIGN] domain reference §8.3'],
    hasImcManager: true,
    interviewees: [],
    peerGrouping: 'unit',
    documents: [],
    preparation: [],
    guidance: [
      {
        text: 'No record names an organizational model, so only the generic scope list, documents and preparation items of §8.3 apply; set `model` to plan for the handbook model.',
        provenance: 'design',
        source: '[DESIGN] §8.3',
      },
    ],
  },
  byModel: {
    security_team: {
      model: 'security_team',
      label: 'Security team (no formal CSIRT)',
      chapter: 'chapter 4',
      provenance: 'reconstructed',
      sources: ['[OM-ch3]', '[OM-ch4]'],
      hasImcManager: false,
      interviewees: [
        {
          rule: 'department-managers',
          reason:
            'Authority for response rests with each department, division or business unit, sometimes with non-technical managers.',
        },
        {
          rule: 'upper-manager',
          reason:
            'Nobody gathers enterprise-wide information or reports to senior management; ask the senior manager who would.',
        },
      ],
      peerGrouping: 'unit',
      documents: [
        {
          title: 'Records of incidents handled by administrators',
          reason: 'Events are handled ad hoc as part of normal jobs; records show what happened.',
        },
        {
          title: 'Departmental security and administration procedures',
          reason: 'Efforts are neither coordinated nor standardized; each department has its own.',
        },
        {
          title: 'Who-to-call list for incidents',
          reason: 'Without a designated team, reports go to whoever people know.',
        },
      ],
      preparation: [
        {
          activity: 'PRA1',
          text: 'Ask the sponsor who, if anyone, is accountable for incident management across departments; the security team model has no such owner.',
        },
        {
          activity: 'PRA3',
          text: 'Interview department managers apart from their administrators: each department holds its own response authority.',
        },
      ],
      guidance: [
        {
          text: 'A security team is the absence of a formal CSIRT: no group holds overall responsibility for incident handling.',
          provenance: 'reconstructed',
          source: '[OM-ch3] [OM-ch4]',
        },
        {
          text: 'System, network and security administrators handle events ad hoc as part of their normal jobs, spread across the enterprise.',
          provenance: 'reconstructed',
          source: '[OM-ch4]',
        },
        {
          text: 'Authority for response rests with each department, division or business unit.',
          provenance: 'reconstructed',
          source: '[OM-ch4]',
        },
      ],
    },
    internal_distributed: {
      model: 'internal_distributed',
      label: 'Internal distributed CSIRT',
      chapter: 'chapter 5',
      provenance: 'read',
      sources: ['[SEED-OM5]'],
      hasImcManager: true,
      interviewees: [
        UPPER,
        {
          rule: 'line-managers-of-part-timers',
          reason:
            'Part-time members have two managers: the CSIRT manager and their divisional manager, who negotiated their share of time and is involved in response decisions.',
        },
        {
          rule: 'help-desk-when-central-triage',
          reason:
            'With central intake through the organizational help desk, the help desk routes every report to the CSIRT manager.',
        },
      ],
      peerGrouping: 'imc',
      documents: [
        {
          title: 'Time-commitment agreements for part-time members',
          reason: 'Members give a negotiated percentage of their time to CSIRT work.',
        },
        {
          title: "Contact list of members' skills, locations and availability",
          reason: 'The manager routes incidents using a pre-set list of distributed members.',
        },
        {
          title: 'Enterprise-wide advisories issued',
          reason: 'The team may issue enterprise-wide advisories.',
        },
      ],
      preparation: [
        {
          activity: 'PRA1',
          text: 'Confirm with the divisional managers of part-time members that the members are released for the interviews (they answer to two managers).',
        },
        {
          activity: 'PRA3',
          text: 'Interview the CSIRT manager and backup apart from members, and divisional managers apart from their staff; members of different sites are peers.',
        },
        {
          activity: 'PRA4',
          text: 'Use secure teleconferences for members who sit at other sites (the team is scattered geographically and by division).',
        },
      ],
      guidance: [
        {
          text: 'Members come from other divisions and answer, for CSIRT work, to one central manager; part-timers have two managers.',
          provenance: 'read',
          source: OM5,
        },
        {
          text: 'Full authority to analyse, shared authority to respond: divisional managers are notified and involved in response decisions.',
          provenance: 'read',
          source: OM5,
        },
        {
          text: 'The manager reports to high-level management (CIO, CSO, CRO or equivalent).',
          provenance: 'read',
          source: OM5,
        },
        {
          text: "All incident activity is collected and tracked by the manager's office in a tracking system every member can reach.",
          provenance: 'read',
          source: OM5,
        },
      ],
    },
    internal_centralized: {
      model: 'internal_centralized',
      label: 'Internal centralized CSIRT',
      chapter: 'chapter 6',
      provenance: 'reconstructed',
      sources: ['[OM-ch6]'],
      hasImcManager: true,
      interviewees: [
        UPPER,
        {
          rule: 'business-units',
          reason:
            'The team collects information from many constituent sources and notifies the business units, whose managers approve enterprise-wide actions.',
        },
        {
          rule: 'it-operations',
          reason:
            'With shared authority to respond, IT operations carry out the recovery and mitigation the team recommends.',
        },
        {
          rule: 'help-desk-when-central-triage',
          reason: 'Reports reach the team through the organizational help desk.',
        },
      ],
      peerGrouping: 'unit',
      documents: [
        {
          title: 'Agreements with constituent business units',
          reason: 'The team serves the whole enterprise from one site.',
        },
        {
          title: 'Hand-over procedure to IT operations for response actions',
          reason:
            'Responses the team decides on are carried out elsewhere when authority is shared.',
        },
        {
          title: 'Enterprise-wide advisories issued',
          reason: 'The team synthesises and disseminates information enterprise-wide.',
        },
      ],
      preparation: [
        {
          activity: 'PRA2',
          text: 'Agree with the sponsor which business units and which IT operations groups are interviewed as constituents.',
        },
      ],
      guidance: [
        {
          text: 'A dedicated team at one central site with full responsibility for incident reporting, analysis and response.',
          provenance: 'reconstructed',
          source: '[OM-ch6]',
        },
        {
          text: 'Full authority to analyse, full or shared authority to respond; same approval and notification pattern as the distributed model.',
          provenance: 'reconstructed',
          source: '[OM-ch6]',
        },
      ],
    },
    combined: {
      model: 'combined',
      label: 'Combined distributed and centralized CSIRT',
      chapter: 'chapter 7',
      provenance: 'reconstructed',
      sources: ['[OM-ch7]'],
      hasImcManager: true,
      interviewees: [
        UPPER,
        {
          rule: 'line-managers-of-part-timers',
          reason:
            'Distributed members are existing staff in strategic locations; their line managers assign them in a crisis.',
        },
        {
          rule: 'help-desk-when-central-triage',
          reason: 'Reports reach the central team through the organizational help desk.',
        },
      ],
      peerGrouping: 'unit',
      documents: [
        {
          title: 'Division of roles between the central team and distributed members',
          reason:
            'The central team analyses and recommends; distributed members implement strategies locally.',
        },
        {
          title: 'Crisis resource-assignment agreement with management',
          reason: 'The model relies on management support to assign resources in a crisis.',
        },
      ],
      preparation: [
        {
          activity: 'PRA3',
          text: 'Interview the central team and the distributed members in separate sessions, each site with its own line manager apart.',
        },
      ],
      guidance: [
        {
          text: 'A dedicated central team works with distributed members at sites and divisions.',
          provenance: 'reconstructed',
          source: '[OM-ch7]',
        },
        {
          text: 'The central team does high-level analysis and recommends recovery; distributed members implement strategies and contribute local expertise.',
          provenance: 'reconstructed',
          source: '[OM-ch7]',
        },
      ],
    },
    coordinating: {
      model: 'coordinating',
      label: 'Coordinating CSIRT',
      chapter: 'chapter 8',
      provenance: 'reconstructed',
      sources: ['[OM-ch8]'],
      hasImcManager: true,
      interviewees: [
        {
          rule: 'constituent-representatives',
          reason:
            'The team coordinates incident handling across a broad, usually external constituency; its constituents judge the coordination.',
        },
        {
          rule: 'partner-representatives',
          reason:
            'Coordination and information sharing run through partner teams (other CSIRTs, vendors, law enforcement).',
        },
        {
          rule: 'upper-manager',
          reason: 'The mandate and funding come from the host or government body.',
        },
      ],
      peerGrouping: 'unit',
      documents: [
        {
          title: 'Constituency definition and mandate',
          reason: 'Authority over the constituency varies by type of coordinating CSIRT.',
        },
        {
          title: 'Information-sharing and disclosure policy',
          reason: 'Information sharing with constituents and partners is the main job.',
        },
        {
          title: 'Advisories and alerts issued',
          reason: 'The team provides advisory and alert services.',
        },
        {
          title: 'Vulnerability coordination records',
          reason: 'The team coordinates vulnerability handling across the constituency.',
        },
      ],
      preparation: [
        {
          activity: 'PRA2',
          text: 'Agree with the sponsor which constituents and which partner teams are interviewed, and how they are invited.',
        },
        {
          activity: 'PRA4',
          text: 'Send constituents and partners the interview purpose and the disclosure rules (TLP) before the sessions.',
        },
      ],
      guidance: [
        {
          text: 'The main job is to coordinate and facilitate incident and vulnerability handling across a broad, diverse and usually external constituency.',
          provenance: 'reconstructed',
          source: '[OM-ch8]',
        },
        {
          text: 'Authority varies: national, research-network or educational CSIRTs often have no authority over their constituency.',
          provenance: 'reconstructed',
          source: '[OM-ch8]',
        },
      ],
    },
    other: {
      model: 'other',
      label: 'Other model (not in the handbook)',
      chapter: null,
      provenance: 'design',
      sources: ['[OM-ch9]'],
      hasImcManager: true,
      interviewees: [UPPER],
      peerGrouping: 'unit',
      documents: [],
      preparation: [],
      guidance: [
        {
          text: 'Vendor teams and managed security service providers are not covered by the handbook models; only the generic plan applies.',
          provenance: 'reconstructed',
          source: '[OM-ch9]',
        },
      ],
    },
  },
}
