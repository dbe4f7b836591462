/**
 * What a write that can move the engagement along its lifecycle refreshes: its state, version and
 * the viewer's right to write, the header and the activities with their gates. Mutations spread it
 * on their payload's `engagement`, so the cached page shows the new state as a whole.
 */
import { graphql } from '../../gql'

export const EngagementProgressFragment = graphql(`
  fragment EngagementProgress on Engagement {
    id
    state
    version
    viewerCanWrite
    ...EngagementHeader
    ...LifecycleActivities
  }
`)
