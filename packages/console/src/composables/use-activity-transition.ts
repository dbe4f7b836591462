/**
 * Start, complete or skip an activity. The payload carries the activity and the engagement with
 * every activity's status and gate, the stepper and the frame's header, so the normalized cache
 * updates the lifecycle on any page without a refetch. Only the Results and Post pages, whose
 * content is the stored result that completing A4/A5 or communicating replaces, are refetched,
 * by name and only when on screen.
 */
import type { ApolloClient } from '@apollo/client/core'
import { getOperationName } from '@apollo/client/utilities'
import { useApolloClient, useMutation } from '@vue/apollo-composable'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeMutationError } from '../features/errors/mutation-error'
import {
  describeGatePrerequisite,
  describeGateRefusal,
  type GatePrerequisiteText,
} from '../features/lifecycle/gate-text'
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
      ... on ActivityTransitionPayload {
        activity {
          id
          ...LifecycleActivity
        }
        engagement {
          id
          state
          version
          actualStart
          actualEnd
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleStepper
          ...LifecycleActivities
        }
      }
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
      ... on ActivityTransitionPayload {
        activity {
          id
          ...LifecycleActivity
        }
        engagement {
          id
          state
          version
          actualStart
          actualEnd
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleStepper
          ...LifecycleActivities
        }
      }
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
      ... on ActivityTransitionPayload {
        activity {
          id
          ...LifecycleActivity
        }
        engagement {
          id
          state
          version
          actualStart
          actualEnd
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleStepper
          ...LifecycleActivities
        }
      }
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
  const { resolveClient } = useApolloClient()
  const { t, te } = useI18n()
  const describeMissing = (item: GatePrerequisiteText) => describeGatePrerequisite(item, t, te)
  const describeRefusal = (activityId: string, transition: string) =>
    describeGateRefusal(activityId, transition, t, te)
  const options = {
    refetchQueries: () => activeQueriesNamed(resolveClient(), RESULT_PAGES),
    awaitRefetchQueries: true,
  }
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
      error.value = describeMutationError(
        result as Parameters<typeof describeMutationError>[0],
        describeMissing,
        describeRefusal,
      )
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
    } finally {
      busy.value = false
    }
  }
  return { run, error, busy }
}

/** The pages that show the stored result a transition (A4, A5, communication) replaces. */
const RESULT_PAGES = ['EngagementResults', 'EngagementPost']

/** Those of `names` whose query is on screen (naming an inactive query makes Apollo warn). */
function activeQueriesNamed(client: ApolloClient<unknown>, names: readonly string[]): string[] {
  const active = new Set(
    [...client.getObservableQueries('active').values()].map((query) =>
      getOperationName(query.query),
    ),
  )
  return names.filter((name) => active.has(name))
}
