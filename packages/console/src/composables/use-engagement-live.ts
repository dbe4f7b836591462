/**
 * Live updates of one engagement over the API's `engagementChanged` subscription (Server-Sent
 * Events). A change by another assessor refetches the queries on screen, so the Apollo cache stays
 * the only store; the event's engagement also lands in the cache directly (header, state, band).
 */
import { useApolloClient, useSubscription } from '@vue/apollo-composable'
import { type Ref, ref } from 'vue'
import { graphql } from '../gql'

const EngagementChangedSubscription = graphql(`
  subscription EngagementChanged($id: ID!) {
    engagementChanged(id: $id) {
      engagementId
      operation
      actorId
      at
      engagement {
        id
        ...EngagementHeader
      }
    }
  }
`)

/** Options of {@link useEngagementLive}. */
export interface UseEngagementLiveOptions {
  engagementId: () => string
  /** The signed-in user's id: their own changes are already on screen. */
  viewerId: () => string | null | undefined
}

/** Subscribes while the calling component lives; `lastChange` names the last foreign operation. */
export function useEngagementLive(options: UseEngagementLiveOptions): {
  lastChange: Ref<string | null>
} {
  const { client } = useApolloClient()
  const lastChange = ref<string | null>(null)
  const { onResult } = useSubscription(EngagementChangedSubscription, () => ({
    id: options.engagementId(),
  }))
  onResult(({ data }) => {
    const event = data?.engagementChanged
    if (!event || event.actorId === options.viewerId()) return
    lastChange.value = event.operation
    void client.refetchQueries({ include: 'active' })
  })
  return { lastChange }
}
