/**
 * The scope map of scope-auth: computed once per request from the viewer. Fields and types declare
 * which scope they need (`authScopes: { member: organizationId }`); resolvers never check by hand.
 *
 * @packageDocumentation
 */
import { canWriteOrganization, readableOrganizationIds, type Viewer } from './viewer.js'

/** The scopes and the parameter each takes (`true` for plain flags). */
export interface AuthScopes {
  /** Any signed-in viewer. */
  authenticated: boolean
  /** Member of the organization with this id. */
  member: string
  /** May change data of the organization with this id. */
  writer: string
}

/** Builds the scope initializer's result for one request. */
export function createAuthScopes(viewer: Viewer) {
  const readable = new Set(readableOrganizationIds(viewer))
  return {
    authenticated: viewer.kind === 'user',
    member: (organizationId: string) => readable.has(organizationId),
    writer: (organizationId: string) => canWriteOrganization(viewer, organizationId),
  }
}
