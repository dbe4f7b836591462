/**
 * The writes of the Document Checklist (`ConductDocumentChecklist.vue`, which declares the
 * `ConductDocument` fragment they refresh): add, the three review steps, edit and remove.
 */
import { graphql } from '../../gql'

export const AddDocumentMutation = graphql(`
  mutation AddDocument($input: AddDocumentInput!) {
    addDocument(input: $input) {
      __typename
      ... on DocumentPayload {
        document {
          id
          ...ConductDocument
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
// The three review steps are three API mutations; graphql-codegen needs each document written
// out in full (no templates), hence three look-alike documents.
export const RequestedMutation = graphql(`
  mutation MarkDocumentRequested($id: ID!, $version: Int!) {
    markDocumentRequested(input: { id: $id, version: $version }) {
      __typename
      ... on DocumentPayload {
        document {
          id
          ...ConductDocument
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
export const ReceivedMutation = graphql(`
  mutation MarkDocumentReceived($id: ID!, $version: Int!) {
    markDocumentReceived(input: { id: $id, version: $version }) {
      __typename
      ... on DocumentPayload {
        document {
          id
          ...ConductDocument
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
export const ReviewedMutation = graphql(`
  mutation MarkDocumentReviewed($id: ID!, $version: Int!) {
    markDocumentReviewed(input: { id: $id, version: $version }) {
      __typename
      ... on DocumentPayload {
        document {
          id
          ...ConductDocument
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

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      __typename
      ... on DocumentPayload {
        document {
          id
          ...ConductDocument
        }
      }
      ...MutationError
    }
  }
`)
export const RemoveDocumentMutation = graphql(`
  mutation RemoveDocument($id: ID!, $version: Int!) {
    removeDocument(input: { id: $id, version: $version }) {
      __typename
      ... on RemoveDocumentPayload {
        removedId
        engagement {
          id
        }
      }
      ...MutationError
    }
  }
`)
