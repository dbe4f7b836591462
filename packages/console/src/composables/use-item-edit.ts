/**
 * Edit and delete of one list's items (issue #21) without refetching the page: an update's payload
 * selects the item's fragment, so the normalized cache updates itself; a removal evicts the item
 * and drops it from the engagement's connections. Only a stale `version` (ConflictError) refetches
 * what is on screen (in `useWrite`), so the item's draft sees the newer server value and offers the choice.
 */
import type { ApolloCache } from '@apollo/client/core'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { useApolloClient } from '@vue/apollo-composable'
import { computed } from 'vue'
import { useWrite } from './use-write'

type Variables = Record<string, unknown>

/** The typename inside a Relay global id (`base64("DataItem:…")` → `DataItem`). */
export function typenameOf(globalId: string): string | null {
  try {
    const decoded = atob(globalId)
    const colon = decoded.indexOf(':')
    return colon > 0 ? decoded.slice(0, colon) : null
  } catch {
    return null
  }
}

/** Removes the object from the cache and from every connection of its engagement. */
export function evictRemoved(
  cache: ApolloCache<unknown>,
  removedId: string,
  engagementId?: string,
) {
  const typename = typenameOf(removedId)
  if (!typename) return
  const ref = cache.identify({ __typename: typename, id: removedId })
  if (engagementId) {
    cache.modify({
      id: cache.identify({ __typename: 'Engagement', id: engagementId }),
      fields: (value, { readField }) => {
        const connection = value as { edges?: { node?: unknown }[]; totalCount?: number } | null
        if (!connection || !Array.isArray(connection.edges)) return value
        const edges = connection.edges.filter(
          (edge) => !edge.node || readField('id', edge.node as never) !== removedId,
        )
        if (edges.length === connection.edges.length) return value
        const totalCount =
          typeof connection.totalCount === 'number' ? connection.totalCount - 1 : undefined
        return totalCount === undefined
          ? { ...connection, edges }
          : { ...connection, edges, totalCount }
      },
    })
  }
  if (ref) cache.evict({ id: ref })
  cache.gc()
}

/**
 * `save(variables)` runs an update (`'saved'`, `'conflict'` or `'failed'`); `remove(variables,
 * question)` asks `question` first and evicts the removed item on success.
 */
export function useItemEdit<
  TUpdate extends Record<string, unknown>,
  TUpdateVars extends Variables,
  TRemove extends Record<string, unknown>,
  TRemoveVars extends Variables,
>(
  updateDocument: TypedDocumentNode<TUpdate, TUpdateVars>,
  removeDocument: TypedDocumentNode<TRemove, TRemoveVars>,
) {
  const { resolveClient } = useApolloClient()
  const update = useWrite(updateDocument)
  const removal = useWrite(removeDocument)

  async function save(variables: TUpdateVars): Promise<'saved' | 'conflict' | 'failed'> {
    if (await update.run(variables)) return 'saved'
    // useWrite has fetched what is on screen again after a ConflictError.
    return update.errorResult.value?.__typename === 'ConflictError' ? 'conflict' : 'failed'
  }

  async function remove(variables: TRemoveVars, question: string): Promise<boolean> {
    if (!window.confirm(question)) return false
    const data = await removal.run(variables)
    if (!data) return false
    const payload = Object.values(data)[0] as {
      removedId?: string | null
      engagement?: { id?: string } | null
    }
    if (payload.removedId) {
      evictRemoved(resolveClient().cache, payload.removedId, payload.engagement?.id)
    }
    return true
  }

  return {
    save,
    remove,
    busy: computed(() => update.loading.value || removal.loading.value),
    error: computed(() => update.error.value ?? removal.error.value),
  }
}
