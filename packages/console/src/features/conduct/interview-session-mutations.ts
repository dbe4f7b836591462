/**
 * The writes of the interview sessions (`EngagementInterviewsPage.vue`; the `ConductInterview`
 * fragment they refresh is declared by `ConductInterviewMode.vue`): create,
 * rename and remove. Each refreshes the engagement's header and activities.
 */
import { graphql } from '../../gql'

export const CreateSessionMutation = graphql(`
  mutation CreateInterviewSession($input: CreateInterviewSessionInput!) {
    createInterviewSession(input: $input) {
      __typename
      ... on InterviewPayload {
        interview {
          id
          title
          heldAt
          notesTlp
          version
          ...ConductInterview
        }
        engagement {
          id
          state
          version
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleActivities
        }
      }
      ...MutationError
    }
  }
`)

export const RenameSessionMutation = graphql(`
  mutation RenameInterviewSession($input: UpdateInterviewSessionInput!) {
    updateInterviewSession(input: $input) {
      __typename
      ... on InterviewPayload {
        engagement {
          id
          state
          version
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleActivities
        }
        interview {
          id
          title
          version
          ...ConductInterview
        }
      }
      ...MutationError
    }
  }
`)
export const RemoveSessionMutation = graphql(`
  mutation RemoveInterviewSession($input: RemoveInterviewSessionInput!) {
    removeInterviewSession(input: $input) {
      __typename
      ... on RemoveInterviewSessionPayload {
        engagement {
          id
          state
          version
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleActivities
          scopeList(first: 100) {
            edges {
              node {
                id
                pseudonym
                interviewed
              }
            }
          }
        }
        removedId
      }
      ...MutationError
    }
  }
`)
