/**
 * Row types of the data model (type-only re-exports of the generated client's model types), so
 * other packages need not reach into `generated/`.
 *
 * @packageDocumentation
 */
export type {
  ActivityRecord,
  ApiToken,
  AuditEvent,
  ChecklistItem,
  DataItem,
  DataItemDriver,
  Document,
  DriverEvaluation,
  Engagement,
  EngagementMember,
  Improvement,
  ImprovementDataItem,
  InterviewParticipant,
  InterviewRating,
  InterviewSession,
  LessonLearned,
  Membership,
  MethodDefinition as MethodDefinitionRow,
  Organization,
  Prisma,
  ResultCommunication,
  ResultSnapshot,
  ScopeEntry,
  Session,
  Team,
  User,
} from './generated/sqlite/client.js'
