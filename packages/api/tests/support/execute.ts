/**
 * Runs GraphQL operations against the Yoga instance in process, like a client would over HTTP.
 */
import type { ApiDatabase } from '../../src/database.js'
import type { Api } from '../../src/yoga.js'

/** A GraphQL response with data typed by the caller. */
export interface OperationResult<TData> {
  data?: TData | null
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]
}

/** Options of {@link executeOperation}. */
export interface ExecuteOperationOptions {
  query: string
  variables?: Record<string, unknown>
  /** API token secret, sent as `Authorization: Bearer …`. */
  token?: string | null
  /** Extra request headers, e.g. `{ 'accept-language': 'fr' }`. */
  headers?: Record<string, string>
}

/** POSTs one operation to `/graphql` and returns the parsed response. */
export async function executeOperation<TData = Record<string, unknown>>(
  yoga: Api,
  options: ExecuteOperationOptions,
): Promise<OperationResult<TData>> {
  const headers: Record<string, string> = {
    ...options.headers,
    'content-type': 'application/json',
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
  })
  return (await response.json()) as OperationResult<TData>
}

/** Like {@link executeOperation}, but fails the test on any GraphQL error and returns `data`. */
export async function executeOk<TData = Record<string, unknown>>(
  yoga: Api,
  options: ExecuteOperationOptions,
): Promise<TData> {
  const result = await executeOperation<TData>(yoga, options)
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result, null, 2)}`)
  }
  return result.data
}

/** The Relay global id of a row (`base64("Type:id")`). */
/**
 * The current `version` of an engagement given by its global id, as the mutations that change it
 * require (#17).
 */
export async function engagementVersionOf(
  prisma: {
    engagement: {
      findUniqueOrThrow(args: {
        where: { id: string }
        select: { version: true }
      }): Promise<{ version: number }>
    }
  },
  engagementId: string,
): Promise<number> {
  const rowId = Buffer.from(engagementId, 'base64').toString().split(':')[1] ?? ''
  const row = await prisma.engagement.findUniqueOrThrow({
    where: { id: rowId },
    select: { version: true },
  })
  return row.version
}

/**
 * The current `version` of one activity of an engagement (given by its global id), as the activity
 * transitions require (#17).
 */
export async function activityVersionOf(
  prisma: ApiDatabase['prisma'],
  engagementId: string,
  activityId: string,
): Promise<number> {
  const rowId = Buffer.from(engagementId, 'base64').toString().split(':')[1] ?? ''
  const row = await prisma.activityRecord.findUniqueOrThrow({
    where: { engagementId_activityId: { engagementId: rowId, activityId } },
    select: { version: true },
  })
  return row.version
}

export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64')
}
