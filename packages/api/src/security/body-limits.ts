/**
 * Body limits of `/graphql` (issue #23, item 1). Reading and decoding a body is the cost an
 * attacker controls before any GraphQL limit can look at it: the red team's `nodes(ids)` request
 * (58,000 ids, 3.7 MiB) cost about 200 ms of CPU per refusal, enough for four clients to hold the
 * event loop. So a body is judged from its headers before it is read:
 * - up to `maxBodyBytes` (1 MiB): any request. Every query and every mutation other than the
 *   imports fits far inside it (the longest free text, 100,000 characters of interview notes, is
 *   at most ~300 KB of JSON);
 * - up to `maxImportBodyBytes` (4 MiB): only `importTeams`/`importEngagement` need it, so only a
 *   credential that may import (an organization's admin or lead assessor, read-write) is admitted,
 *   while at most `maxImportBodiesPerUser` of that user's (429) and `maxImportBodiesInFlight` of
 *   all (503) such bodies are being read, both with `Retry-After`; the operation of an admitted
 *   body must then be one of the import mutations (else 413 before it runs);
 * - anything else: 413 from `content-length` without reading a byte of the body.
 * A body without a declared length (chunked) is read up to `maxBodyBytes` and, past it, admitted
 * by the same rule or cut off with 413.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import { GraphQLError, getOperationAST, Kind, type SelectionSetNode } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { LEAD_ROLES, type Viewer } from '../auth/viewer.js'

/** The mutations a body over `maxBodyBytes` may carry. */
export const IMPORT_FIELDS: ReadonlySet<string> = new Set(['importTeams', 'importEngagement'])

/** The body limits of {@link QueryLimits}. */
export interface BodyLimits {
  /** Bytes of any `/graphql` body. */
  maxBodyBytes: number
  /** Bytes of an import's body (from a credential that may import); at least `maxBodyBytes`. */
  maxImportBodyBytes: number
  /** Import-size bodies being read at once on this API instance, all users together. */
  maxImportBodiesInFlight: number
  /** Import-size bodies of one user being read at once. */
  maxImportBodiesPerUser: number
}

/** Seconds a client is asked to wait when the import slots are taken. */
const RETRY_AFTER_SECONDS = 5

function bodyError(
  message: string,
  status: number,
  code: string,
  headers?: Record<string, string>,
) {
  return new GraphQLError(message, { extensions: { code, http: { status, headers } } })
}

/** The 413 refusal of a body over the limit that applies to it. */
export function payloadTooLarge(limits: BodyLimits): GraphQLError {
  const larger =
    limits.maxImportBodyBytes > limits.maxBodyBytes
      ? ` Bodies up to ${limits.maxImportBodyBytes} bytes are accepted for \`importTeams\` and ` +
        "`importEngagement` only, from an organization's admins and lead assessors with a " +
        'read-write credential.'
      : ''
  return bodyError(
    `The request body is larger than ${limits.maxBodyBytes} bytes.${larger}`,
    413,
    'PAYLOAD_TOO_LARGE',
  )
}

/**
 * Whether a viewer may import into at least one organization (the check `importTeams` makes):
 * a read-write credential of a user with a lead role somewhere.
 */
export function mayImport(viewer: Viewer): viewer is Extract<Viewer, { kind: 'user' }> {
  return (
    viewer.kind === 'user' &&
    viewer.scope === 'read-write' &&
    !viewer.mustChangePassword &&
    viewer.memberships.some((membership) => LEAD_ROLES.has(membership.role))
  )
}

/** Counts the import-size bodies being read, per user and in all. */
export interface ImportBodySlots {
  /** Bodies being read now, all users together. */
  inFlight: () => number
  /** Takes a slot for the user and returns its release (idempotent), or throws 429/503. */
  acquire: (userId: string) => () => void
}

/** Creates the import-body slots of one API instance. */
export function createImportBodySlots(limits: BodyLimits): ImportBodySlots {
  let total = 0
  const perUser = new Map<string, number>()
  const retry = { 'retry-after': String(RETRY_AFTER_SECONDS) }
  const acquire = (userId: string) => {
    const mine = perUser.get(userId) ?? 0
    if (mine >= limits.maxImportBodiesPerUser) {
      throw bodyError(
        `You are already sending ${mine} import-size request bodies, at most ` +
          `${limits.maxImportBodiesPerUser} at once. Try again in ${RETRY_AFTER_SECONDS} s.`,
        429,
        'RATE_LIMITED',
        retry,
      )
    }
    if (total >= limits.maxImportBodiesInFlight) {
      throw bodyError(
        `The server is reading ${total} import-size request bodies, at most ` +
          `${limits.maxImportBodiesInFlight} at once. Try again in ${RETRY_AFTER_SECONDS} s.`,
        503,
        'SERVER_BUSY',
        retry,
      )
    }
    total += 1
    perUser.set(userId, mine + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      total -= 1
      const left = (perUser.get(userId) ?? 1) - 1
      if (left > 0) perUser.set(userId, left)
      else perUser.delete(userId)
    }
  }
  return { inFlight: () => total, acquire }
}

/**
 * Admits an import-size body from the request's headers only: its credential must be able to
 * import, and a slot must be free. Returns the slot's release, or throws the refusal.
 */
export type AdmitImportBody = (request: Request) => Promise<() => void>

/** How long a credential found unable to import is refused without a lookup. */
const REFUSAL_MEMORY_MS = 10_000
/** Credentials remembered at most (the memory starts over beyond). */
const REFUSAL_MEMORY_SIZE = 10_000

/** A digest of the request's credentials (bearer, cookies, CSRF token), never the secrets themselves. */
function credentialKey(request: Request): string {
  return createHash('sha256')
    .update(request.headers.get('authorization') ?? '')
    .update('\n')
    .update(request.headers.get('cookie') ?? '')
    .update('\n')
    .update(request.headers.get('x-csrf-token') ?? '')
    .digest('base64url')
}

/**
 * Builds {@link AdmitImportBody} from a viewer resolver (a credential lookup, no body). Refusals
 * are remembered for a few seconds per credential, so an attacker repeating an import-size body
 * costs no lookup at all; admissions are never remembered (a revoked token is refused at once),
 * and a credential given import rights waits at most those seconds.
 */
export function createImportBodyAdmission(options: {
  limits: BodyLimits
  slots: ImportBodySlots
  resolveViewer: (request: Request) => Promise<Viewer>
  now?: () => number
}): AdmitImportBody {
  const now = options.now ?? Date.now
  const refused = new Map<string, number>()
  return async (request) => {
    if (options.limits.maxImportBodyBytes <= options.limits.maxBodyBytes) {
      throw payloadTooLarge(options.limits)
    }
    const key = credentialKey(request)
    if ((refused.get(key) ?? 0) > now()) throw payloadTooLarge(options.limits)
    const viewer = await options.resolveViewer(request)
    if (!mayImport(viewer)) {
      if (refused.size >= REFUSAL_MEMORY_SIZE) refused.clear()
      refused.set(key, now() + REFUSAL_MEMORY_MS)
      throw payloadTooLarge(options.limits)
    }
    return options.slots.acquire(viewer.userId)
  }
}

/** A body read within its limit; `release` (set for an admitted import) frees its slot. */
export interface LimitedBody {
  text: string
  release: (() => void) | null
}

/**
 * Reads a body within the limits: refuses a declared length over the limit before reading, and
 * a streamed body as soon as it passes the limit (admitting it as an import first if it may be).
 * The caller releases an import's slot once it has decoded the text.
 */
export async function readWithinLimits(
  request: Request,
  limits: BodyLimits,
  admit: AdmitImportBody,
): Promise<LimitedBody> {
  const importLimit = Math.max(limits.maxBodyBytes, limits.maxImportBodyBytes)
  const length = request.headers.get('content-length')
  // One non-negative integer only (a list of lengths is a request-smuggling attempt).
  if (length !== null && !/^\d+$/.test(length)) {
    throw bodyError('The Content-Length header is invalid.', 400, 'BAD_REQUEST')
  }
  const declared = length === null ? Number.NaN : Number(length)
  if (Number.isFinite(declared) && declared > importLimit) throw payloadTooLarge(limits)
  let release: (() => void) | null = null
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) release = await admit(request)
  try {
    if (!request.body) return { text: '', release }
    const reader = request.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limits.maxBodyBytes && !release && importLimit > limits.maxBodyBytes) {
        // A chunked body has just passed the ordinary limit: admit it now or stop reading.
        release = await admit(request).catch(async (error: unknown) => {
          await reader.cancel().catch(() => {})
          throw error
        })
      }
      if (size > (release ? importLimit : limits.maxBodyBytes)) {
        await reader.cancel().catch(() => {})
        throw payloadTooLarge(limits)
      }
      chunks.push(value)
    }
    return { text: Buffer.concat(chunks).toString('utf8'), release }
  } catch (error) {
    release?.()
    throw error
  }
}

/** Root field names of a selection set, fragments followed (`__typename` left out). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  into: Set<string>,
  seen: Set<string> = new Set(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') into.add(selection.name.value)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, into, seen)
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = fragments.get(selection.name.value)
      if (fragment) rootFields(fragment, fragments, into, seen)
    }
  }
  return into
}

/**
 * Refuses (413, before it runs) an operation read from an import-size body that is not an
 * import mutation: the larger allowance is for imports, not for large variables of other fields.
 */
export function useImportBodyOperations(importRequests: WeakSet<Request>): Plugin {
  const check = (
    args: { document: import('graphql').DocumentNode; operationName?: string | null },
    request: Request | undefined,
  ): GraphQLError | null => {
    if (!request || !importRequests.has(request)) return null
    const operation = getOperationAST(args.document, args.operationName)
    const fragments = new Map<string, SelectionSetNode>()
    for (const definition of args.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition.selectionSet)
      }
    }
    const fields = operation ? rootFields(operation.selectionSet, fragments, new Set()) : new Set()
    const imports =
      operation?.operation === 'mutation' &&
      fields.size > 0 &&
      [...fields].every((field) => IMPORT_FIELDS.has(field as string))
    if (imports) return null
    return bodyError(
      `A request body of this size may only carry \`importTeams\` or \`importEngagement\`.`,
      413,
      'PAYLOAD_TOO_LARGE',
    )
  }
  const requestOf = (context: unknown) => (context as { request?: Request } | undefined)?.request
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args, requestOf(args.contextValue))
      if (error) setResultAndStopExecution({ errors: [error] })
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args, requestOf(args.contextValue))
      if (error) setResultAndStopExecution({ errors: [error] })
    },
  }
}
