/**
 * Checks shared by the mutations: the engagement a write belongs to, optimistic-concurrency
 * versions, drivers and answers of the engagement's method (the communicated-results lock lives
 * in `services/engagement-write.ts`). Each throws a domain error, which rolls the mutation's transaction back.
 *
 * @packageDocumentation
 */
import { isAnswerId } from '@immd/core/method'
import type { MethodDefinition } from '@immd/core/method-types'
import type { AuditEntry } from '../audit-entry.js'
import type { Viewer } from '../auth/viewer.js'
import type { ApiTransaction } from '../database.js'
import {
  ConflictError,
  currentRowValue,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js'
import { loadMethodsByVersion } from '../methods.js'

/** The viewer's user id (mutations run for signed-in viewers only). */
export function viewerUserId(viewer: Viewer): string | null {
  return viewer.kind === 'user' ? viewer.userId : null
}

/** What mutations need to know about the engagement they write to. */
export interface TargetEngagement {
  id: string
  organizationId: string
  methodVersion: string
}

/** Reads the engagement inside the mutation's transaction. */
export async function requireEngagement(
  tx: ApiTransaction,
  engagementId: string,
): Promise<TargetEngagement> {
  const engagement = await tx.engagement.findUnique({
    where: { id: engagementId },
    select: { id: true, organizationId: true, methodVersion: true },
  })
  if (!engagement) throw new NotFoundError('Engagement', engagementId)
  return engagement
}

/**
 * The engagement's method, read through the transaction: on SQLite a query on another connection
 * would wait for this transaction to end.
 */
export async function methodOf(
  tx: ApiTransaction,
  engagement: TargetEngagement,
): Promise<MethodDefinition> {
  const [method] = await loadMethodsByVersion(tx, [engagement.methodVersion])
  if (!method) throw new Error(`Method ${engagement.methodVersion} is neither built in nor stored.`)
  return method
}

/** Throws unless the user is a member of the engagement's organization. */
export async function requireMember(
  tx: ApiTransaction,
  engagement: TargetEngagement,
  userId: string,
): Promise<void> {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: engagement.organizationId, userId } },
    select: { id: true },
  })
  if (!membership) throw new NotFoundError('User', userId)
}

/** Returns the row, or throws NotFoundError naming the entity and id. */
export function found<T>(row: T | null | undefined, entity: string, id: string): T {
  if (row === null || row === undefined) throw new NotFoundError(entity, id)
  return row
}

/**
 * Completes a guarded write (`updateMany`/`deleteMany` whose `where` names `id` and `version`): no
 * row touched means the row is gone (NotFoundError) or changed since it was read (ConflictError
 * carrying its current version, and the current row as JSON in `currentValue`).
 */
export async function expectVersion(options: {
  entity: string
  id: string
  version: number
  count: number
  current: () => Promise<{ version: number } | null>
}): Promise<void> {
  if (options.count > 0) return
  const current = await options.current()
  if (!current) throw new NotFoundError(options.entity, options.id)
  throw new ConflictError(
    `${options.entity} ${options.id} was changed by someone else: you sent version ${options.version}, it is at ${current.version}.`,
    { currentVersion: current.version, currentValue: currentRowValue(current, options.entity) },
  )
}

/** Issues for driver ids that are not drivers of the method. */
export function driverIssues(
  method: MethodDefinition,
  driverIds: readonly string[],
  path: string,
): ValidationIssue[] {
  const known = new Set(method.drivers.map((driver) => driver.id))
  return driverIds.flatMap((driverId, index) =>
    known.has(driverId)
      ? []
      : [
          {
            path: `${path}.${index}`,
            code: 'UNKNOWN_DRIVER' as const,
            subject: driverId,
            message: `${driverId} is not a driver of ${method.version} (${[...known].join(', ')}).`,
          },
        ],
  )
}

/** Issue for an answer that is not on the method's scale. */
export function answerIssues(
  method: MethodDefinition,
  answer: string | null | undefined,
  path: string,
): ValidationIssue[] {
  if (answer === null || answer === undefined || isAnswerId(method, answer)) return []
  return [
    {
      path,
      code: 'UNKNOWN_ANSWER',
      subject: answer,
      message: `${answer} is not an answer of ${method.version}.`,
    },
  ]
}

/** Throws one ValidationError listing every issue, if there is any. */
export function throwIssues(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues)
}

/**
 * `const audit = worksheetAudit('DataItem')`: the audit row of a worksheet write, so every
 * worksheet records the same fields (organization and engagement of the target, before/after).
 */
export function worksheetAudit(targetType: string) {
  return (
    engagement: TargetEngagement,
    operation: string,
    targetId: string,
    before: unknown,
    after: unknown,
  ): AuditEntry => ({
    operation,
    targetType,
    targetId,
    organizationId: engagement.organizationId,
    engagementId: engagement.id,
    before,
    after,
  })
}
