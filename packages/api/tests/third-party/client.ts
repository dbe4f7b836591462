/**
 * A third-party client written only from the published `schema.graphql`: no import from this
 * project, just the SDL file, the `graphql` reference library (to check its documents against the
 * SDL before sending them) and `fetch`. If this stops compiling or validating, the contract broke.
 */
import { readFileSync } from 'node:fs'
import { buildSchema, parse, validate } from 'graphql'

const sdl = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')
const schema = buildSchema(sdl)

/** Lists engagements with their state, band and total: the portfolio view. */
export const LIST_ENGAGEMENTS = /* GraphQL */ `
  query ListEngagements($first: Int!) {
    engagements(first: $first) {
      totalCount
      edges { node { id title state latestBand latestTotal successThreshold } }
    }
  }
`

/** Reads one engagement with every worksheet in a single request. */
export const READ_ENGAGEMENT = /* GraphQL */ `
  query ReadEngagement($id: ID!) {
    engagement(id: $id) {
      title state successThreshold
      method { version drivers { id shortName question { text } } bands { band min max } }
      phases { id name activities { activityId name status gate { canStart canComplete missing { code message } } } }
      preparationChecklist { edges { node { activityId text done } } }
      scopeList { edges { node { pseudonym unit role functions } } }
      interviews { edges { node { title heldAt participants { scopeEntry { pseudonym } ratings { driverId answer } } } } }
      consensus { driverId median disagreement }
      documents { edges { node { title reviewedAt } } }
      dataItems { edges { node { text effect drivers } } }
      evaluations { edges { node { driverId answer rationale } } }
      result { total band derivation profile { current threshold differentialBands meetsThreshold } }
      improvements { edges { node { driverId proposal priority } } }
      lessons { edges { node { text } } }
      history { total band computedAt }
    }
  }
`

/** Throws when a document does not validate against the published SDL. */
export function checkDocument(document: string): void {
  const errors = validate(schema, parse(document))
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'))
}

/** Sends one operation with a bearer token and returns `data`, throwing on GraphQL errors. */
export async function request<T>(
  endpoint: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  checkDocument(query)
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] }
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('\n'))
  if (!body.data) throw new Error(`HTTP ${response.status} without data`)
  return body.data
}
