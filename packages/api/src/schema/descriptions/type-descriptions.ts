/**
 * Descriptions of the types whose Pothos definitions have none (#17), applied by
 * `applyDescriptions`. Prefer a `description:` on the definition for new types.
 *
 * @packageDocumentation
 */
import type { DescriptionCatalogue } from './apply-descriptions.js'

/** Object, input and enum type descriptions. */
export const TYPE_DESCRIPTIONS: DescriptionCatalogue = {
  Activity:
    'One of the fifteen IMMD activities (PRA1–PRA6, A1–A6, PAA1–PAA3) as carried out in one engagement: its status, who moved it and what its gate still lacks.',
  ActivityStatus:
    'Where an activity stands: NOT_STARTED, IN_PROGRESS, COMPLETED, or SKIPPED (only PRA6 and PAA3 may be skipped).',
  ActivityTransitionPayload:
    'The answer of `startActivity`, `completeActivity` and `skipActivity`.',
  AddChecklistItemInput: 'A new item of the IMMD Preparation Checklist.',
  AddDocumentInput: 'A new row of the IMMD Document Checklist.',
  AddLessonLearnedInput: 'A new lesson learned (postmortem, PAA2/PAA3).',
  AddScopeEntryInput: 'A new row of the IMMD Scope List: a person or group to interview.',
  AnswerCount: 'How many times one answer was given.',
  AnswerOption: 'One step of the method’s five-step answer scale (No … Yes).',
  ApiTokenScope: 'What an API token may do, within the role of the user who created it.',
  ArtifactKind:
    'The role an artefact plays in the IMMD data flow: INPUT, INTERMEDIATE, OUTPUT, CONSTRAINT or RESOURCE.',
  BandCapRule: 'A rule-based cap: a critical driver with this answer limits the band to `maxBand`.',
  BandDefinition:
    'One band of the method (Very Low … Very High) with its integer range on the 0–100 total.',
  CappedDriver: 'A critical driver whose answer caused a band cap.',
  ChangePasswordPayload: 'The answer of `changePassword`.',
  ChecklistItem: 'One item of an engagement’s IMMD Preparation Checklist (PRA1–PRA6).',
  ChecklistItemPayload: 'The answer of the checklist-item mutations: the item and its engagement.',
  CommunicateResultsInput:
    'Records that the result was communicated to stakeholders (PAA1); moves the engagement to COMMUNICATED.',
  CreateApiTokenInput: 'A new API token of the current user in one of their organizations.',
  CreateApiTokenPayload: 'The new token and its secret, shown this once.',
  CreateEngagementInput: 'A new engagement (one IMMD assessment of one IMC), in DRAFT.',
  CreateEngagementPayload: 'The answer of `createEngagement`.',
  CreateInterviewSessionInput: 'A new interview session of an engagement (A1).',
  CreateWebhookEndpointInput: 'A new HTTPS endpoint that receives an organization’s events.',
  DataItem:
    'A rationale data item: a statement from an interview or document, coded with its effect (+ - 0 ?) and linked to the drivers it is evidence for.',
  DataItemPayload: 'The answer of the data-item mutations: the item and its engagement.',
  Document:
    'One row of an engagement’s IMMD Document Checklist: a document requested, received and reviewed.',
  DocumentPayload: 'The answer of the document mutations: the document and its engagement.',
  DriverEvaluation:
    'The answer given to one driver in one engagement (a row of the IMMD Worksheet), with its rationale.',
  DriverRewordingInput:
    'New wording of one driver of the method (tailoring); omitted parts are kept.',
  DriverScore: 'How one driver counts in the result: its answer, value, weight and contribution.',
  DriverSensitivity:
    'What one step up or down of one driver’s answer would do to the total and band (null at the ends of the scale or when unanswered).',
  DriverStatus: 'Whether a driver counts in the result.',
  DriverWeightInput:
    'The weight of one driver (tailoring); weights are normalised to sum 1 when scoring.',
  EffectCode: 'One effect code of the method: `+`, `-`, `0` or `?`.',
  Engagement:
    'One IMMD assessment of one incident management capability (IMC): its plan, scope, evidence, evaluations, result and follow-up.',
  EngagementChangedEvent: 'A change to an engagement, pushed to `engagementChanged` subscribers.',
  EngagementOrder: 'Sort order of the engagement list.',
  EngagementOrderField: 'What the engagement list is sorted by (ties are broken by id).',
  EngagementRole:
    'A seat on an engagement’s assessment team: LEAD_ASSESSOR and ASSESSOR edit; NOTE_TAKER and OBSERVER read.',
  EngagementState:
    'The lifecycle of an engagement: DRAFT → PREPARING (PRA1–PRA6) → COLLECTING (A1, A2) → EVALUATING (A3) → SCORED (A4, A5) → NEXT_STEPS (A6) → COMMUNICATED (PAA1) → CLOSED (PAA2, PAA3). [DESIGN]',
  EvaluateDriverPayload: 'The answer of `evaluateDriver`.',
  ExcludeDriverInput: 'Takes a driver out of the scored set of an engagement (tailoring).',
  ExcludeDriverPayload: 'The answer of `excludeDriver`.',
  ExclusionOrigin:
    'Why a driver is excluded: TAILORING (decided by an assessor) or MIGRATED (from a retired evaluation-time N/A).',
  GatePrerequisiteCode: 'The kind of prerequisite an activity transition lacks.',
  ImportEngagementPayload: 'The answer of `importEngagement`.',
  ImportTeamsPayload: 'The answer of `importTeams`.',
  Improvement:
    'One row of the IMC Improvement Worksheet (A6): a proposed improvement for one driver.',
  ImprovementPayload:
    'The answer of the improvement mutations: the improvement and its engagement.',
  ImprovementPriority: 'Priority of an improvement.',
  ImprovementStatus:
    'Progress of an improvement: PROPOSED → ACCEPTED or REJECTED → IN_PROGRESS → DONE.',
  IncludeDriverInput: 'Puts an excluded driver back into the scored set of an engagement.',
  IncludeDriverPayload: 'The answer of `includeDriver`.',
  Interview: 'An interview session of an engagement (A1), with its participants and notes.',
  InterviewParticipant: 'A scope entry interviewed in a session, with the ratings they gave.',
  InterviewPayload: 'The answer of the interview mutations: the session and its engagement.',
  InterviewRating: 'One interviewee’s rating of one driver.',
  InterviewRatingInput: 'One interviewee’s rating of one driver.',
  InventoryFormat: 'Format of CSIRT inventory records.',
  InviteUserInput: 'Invites a person to an organization with a role.',
  Lesson:
    'A lesson learned about the IMMD process (PAA2), and the process update it led to (PAA3).',
  LessonPayload: 'The answer of the lesson mutations: the lesson and its engagement.',
  LogoutPayload: 'The answer of `logout`.',
  MethodPhase: 'One of the three IMMD phases of the method, with its activities and artefacts.',
  NewDriverInput: 'A driver added to the method by tailoring.',
  OrderDirection: 'Ascending or descending.',
  Organization: 'A tenant: a CSIRT or company whose members assess their IMCs.',
  OrganizationRole:
    'A member’s role in an organization: ADMIN manages members and settings; LEAD_ASSESSOR and ASSESSOR run engagements; VIEWER reads.',
  PathMove: 'One single-step upgrade of a driver’s answer on the path to the threshold.',
  PhaseId: 'The three IMMD phases: PREPARE, CONDUCT and POST.',
  RecordInterviewRatingsInput: 'The ratings one interviewee gave in one session.',
  RecordSponsorshipPayload: 'The answer of `recordSponsorship`.',
  RemoveChecklistItemPayload: 'The answer of `removeChecklistItem`.',
  RemoveDataItemPayload: 'The answer of `removeDataItem`.',
  RemoveDocumentPayload: 'The answer of `removeDocument`.',
  RemoveEngagementMemberPayload: 'The answer of `removeEngagementMember`.',
  RemoveImprovementPayload: 'The answer of `removeImprovement`.',
  RemoveLessonLearnedPayload: 'The answer of `removeLessonLearned`.',
  RemoveMembershipPayload: 'The answer of `removeMembership`.',
  RemoveScopeEntryPayload: 'The answer of `removeScopeEntry`.',
  ReopenResultsInput: 'Supersedes the stored result of an engagement so it can be evaluated again.',
  ReopenResultsPayload: 'The answer of `reopenResults`.',
  ReorderChecklistItemsPayload: 'The answer of `reorderChecklistItems`.',
  ResultCommunication: 'A record that the result was communicated to stakeholders (PAA1).',
  ResultSnapshot:
    'A result stored by completing A4 or A5: the total and band as computed then, kept for history even when superseded.',
  RevokeApiTokenPayload: 'The answer of `revokeApiToken`.',
  ScopeEntry: 'One row of the IMMD Scope List: a person or group to interview, under a pseudonym.',
  ScopeEntryKind: 'Whether a scope entry is one PERSON or a GROUP.',
  ScopeEntryPayload: 'The answer of the scope-entry mutations: the entry and its engagement.',
  ScoringAlgorithm:
    'How the total is computed: MEAN of the driver values (the inferred IMMD algorithm), WEIGHTED_MEAN, or RULE_BASED (a mean with band caps) [DESIGN].',
  Sensitivity: 'How the result reacts to one-step changes of the answers.',
  SensitivityMove: 'The result if one driver’s answer moved one step.',
  SetEngagementMemberPayload: 'The answer of `setEngagementMember`.',
  SetMembershipRolePayload: 'The answer of `setMembershipRole`.',
  SetSuccessThresholdPayload: 'The answer of `setSuccessThreshold`.',
  SourcedText: 'A text of the method with where it comes from.',
  TailorMethodInput:
    'Changes to the method for one engagement (PRA6); the base method is never modified. Omitted parts are kept.',
  TailorMethodPayload: 'The answer of `tailorMethod`.',
  Team: 'An IMC team record of an organization, from imported CSIRT inventory records.',
  UpdateEngagementPayload: 'The answer of `updateEngagement`.',
  UpdateWebhookEndpointInput: 'Changes to a webhook endpoint; omitted fields are kept.',
  User: 'A person with an account.',
  Worksheet: 'One of the seven IMMD worksheets, with its fields.',
  WorksheetField: 'One field (column) of a worksheet.',
  WorksheetId: 'The seven IMMD worksheets.',
}
