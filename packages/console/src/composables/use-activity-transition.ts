/**
 * Start, complete or skip an activity. Every write refetches the active queries, so gates, states
 * and results on screen come from the server (the Apollo cache stays the only store).
 */
import { useMutation } from '@vue/apollo-composable'
import { ref } from 'vue'
import { describeMutationError } from '../features/errors/mutation-error'
import { graphql } from '../gql'
import type { ActivityId } from '../gql/graphql'

const StartActivityMutation = graphql(`
  mutation StartActivity(
    $engagementId: ID!
    $activityId: ActivityId!
    $version: Int!
    $notes: String
  ) {
    startActivity(
      input: {
        engagementId: $engagementId
        activityId: $activityId
        version: $version
        notes: $notes
      }
    ) {
      __typename
      ...MutationError
    }
  }
`)
const CompleteActivityMutation = graphql(`
  mutation CompleteActivity(
    $engagementId: ID!
    $activityId: ActivityId!
    $version: Int!
    $notes: String
  ) {
    completeActivity(
      input: {
        engagementId: $engagementId
        activityId: $activityId
        version: $version
        notes: $notes
      }
    ) {
      __typename
      ...MutationError
    }
  }
`)
const SkipActivityMutation = graphql(`
  mutation SkipActivity(
    $engagementId: ID!
    $activityId: ActivityId!
    $version: Int!
    $notes: String
  ) {
    skipActivity(
      input: {
        engagementId: $engagementId
        activityId: $activityId
        version: $version
        notes: $notes
      }
    ) {
      __typename
      ...MutationError
    }
  }
`)

/** The transitions of an activity. */
export type Transition = 'start' | 'complete' | 'skip'

/**
 * Returns `run(transition, activityId, version)` (`version`: the activity's as displayed, so a
 * transition made meanwhile by someone else is refused rather than repeated), whether one is
 * running, and the last error.
 */
export function useActivityTransition(engagementId: () => string) {
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true }
  const mutations = {
    start: useMutation(StartActivityMutation, options),
    complete: useMutation(CompleteActivityMutation, options),
    skip: useMutation(SkipActivityMutation, options),
  }
  const error = ref<string | null>(null)
  const busy = ref(false)

  async function run(
    transition: Transition,
    activityId: ActivityId,
    version: number,
    notes?: string,
  ) {
    error.value = null
    busy.value = true
    try {
      const response = await mutations[transition].mutate({
        engagementId: engagementId(),
        activityId,
        version,
        notes,
      })
      const data = response?.data
      const result = data && Object.values(data)[0]
      error.value = describeMutationError(result as Parameters<typeof describeMutationError>[0])
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
    } finally {
      busy.value = false
    }
  }
  return { run, error, busy }
}
