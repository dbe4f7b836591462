/**
 * The import of an inventory (`ImportPage.vue`): what was created, updated and left unchanged,
 * the warnings of the records and of planning, or every problem that refused the import. The
 * problem fields are written out twice (warnings, refusal): a shared fragment would be masked
 * (`fragmentMasking`), and `ImportOutcome.vue` and `InventoryProblems.vue` read them as plain rows.
 */
import { graphql } from '../../gql'

export const ImportTeamsMutation = graphql(`
  mutation ImportTeams($input: ImportTeamsInput!) {
    importTeams(input: $input) {
      __typename
      ... on ImportTeamsPayload {
        created
        updated
        unchanged
        existingImcIds
        teams {
          id
          shortName
        }
        engagements {
          id
          title
        }
        warnings {
          severity
          code
          message
          record
          field
          line
          column
          row
          input
          rule
          value
          expectedType
          allowed
          invalidItems
          catalogue
          mappedTo
          firstRecord
          firstColumn
          cells
          headerCells
          format
          detail
          parserCode
        }
        planningWarnings {
          imcId
          code
          message
          teams
          value
          values
          methodVersion
        }
      }
      ... on InventoryValidationError {
        problems {
          severity
          code
          message
          record
          field
          line
          column
          row
          input
          rule
          value
          expectedType
          allowed
          invalidItems
          catalogue
          mappedTo
          firstRecord
          firstColumn
          cells
          headerCells
          format
          detail
          parserCode
        }
      }
      ...MutationError
    }
  }
`)
