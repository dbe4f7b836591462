/**
 * The GraphQL operations behind the MCP tools and resources. They run with the MCP caller's own
 * credentials, so tenancy, roles and redaction are exactly GraphQL's. `tests/mcp.test.ts` of
 * `@immd/api` validates every one against the schema.
 *
 * @packageDocumentation
 */

/** Identity and write permission of the credential (decides whether write tools are offered). */
export const MCP_VIEWER = `query McpViewer { viewer { authenticated canWrite via user { name } } }`

/** A page of the portfolio, filtered. */
export const MCP_ENGAGEMENTS = `query McpEngagements($first: Int, $after: String, $filter: EngagementFilter) {
  engagements(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title state imcId methodVersion successThreshold updatedAt
      organization { id name } team { id shortName } } }
  } }`

/** The live result with everything that qualifies its band. */
export const MCP_RESULT = `query McpResult($id: ID!) {
  engagement(id: $id) {
    id title state methodVersion successThreshold
    result {
      algorithm methodVersion total roundedTotal band complete derivation missing notApplicable
      warnings { code driverId message }
      answerTally { answer count }
      drivers { driverId number answer value weight contribution status
        tally { success failure neutral unknown } }
    }
  } }`

/** The success profile against the threshold. */
export const MCP_PROFILE = `query McpProfile($id: ID!) {
  engagement(id: $id) {
    id title successThreshold
    result { band total complete missing notApplicable
      warnings { code driverId message }
      profile { current threshold differentialBands differentialPoints meetsThreshold } }
  } }`

/** One step up and down per driver, and the fewest upgrades to the threshold. */
export const MCP_SENSITIVITY = `query McpSensitivity($id: ID!) {
  engagement(id: $id) {
    id title successThreshold
    result { band total complete missing
      sensitivity {
        drivers { driverId number answer status
          up { answer total band bandChanged } down { answer total band bandChanged } }
        pathToThreshold { reachable reason threshold band total moves { driverId from to gain } }
      } }
  } }`

/** The method: drivers with provenance, answers, bands. */
export const MCP_METHOD = `query McpMethod($version: String!) {
  method(version: $version) {
    version name description algorithm basedOn
    answers { answer label value }
    bands { band label min max index meaning }
    drivers { id code number shortName weight question { text provenance source } }
  } }`

/** Adds a data item (rationale) to an engagement. */
export const MCP_ADD_DATA_ITEM = `mutation McpAddDataItem($input: AddDataItemInput!) {
  addDataItem(input: $input) {
    __typename
    ... on DataItemPayload { dataItem { id text effect drivers } }
    ... on Error { message }
  } }`

/** Adds a row to the improvement worksheet. */
export const MCP_ADD_IMPROVEMENT = `mutation McpAddImprovement($input: AddImprovementInput!) {
  addImprovement(input: $input) {
    __typename
    ... on ImprovementPayload { improvement { id driverId proposal priority status } }
    ... on Error { message }
  } }`

/** Every document, for the validation test. */
export const MCP_DOCUMENTS = {
  MCP_VIEWER,
  MCP_ENGAGEMENTS,
  MCP_RESULT,
  MCP_PROFILE,
  MCP_SENSITIVITY,
  MCP_METHOD,
  MCP_ADD_DATA_ITEM,
  MCP_ADD_IMPROVEMENT,
}
