/**
 * A mutation with the console's conventions: refetch what is on screen afterwards (the cache stays
 * the only store of server state) and turn typed error results into one message. Writes whose
 * payload carries everything the screen shows pass `{ refetch: false }`: the normalized cache is
 * updated from the payload instead (see `use-item-edit.ts`).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { useMutation } from '@vue/apollo-composable'
import { ref, shallowRef } from 'vue'
import { describeMutationError } from '../features/errors/mutation-error'

type Variables = Record<string, unknown>

/** Options of {@link useWrite}. */
export interface WriteOptions {
  /** Refetch the active queries after the write (default true). */
  refetch?: boolean
}

/** Returns `run(variables)` → the data on success, else null with `error` set. */
export function useWrite<TData extends Record<string, unknown>, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: WriteOptions = {},
) {
  const { mutate, loading } = useMutation(
    document,
    options.refetch === false ? {} : { refetchQueries: 'active', awaitRefetchQueries: true },
  )
  const error = ref<string | null>(null)
  /** The typed error result of the last run (e.g. to show its details), else null. */
  const errorResult = shallowRef<Record<string, unknown> | null>(null)

  async function run(variables: TVariables): Promise<TData | null> {
    error.value = null
    errorResult.value = null
    try {
      const response = await mutate(variables as unknown as Parameters<typeof mutate>[0])
      const data = response?.data ?? null
      const result = data ? Object.values(data)[0] : null
      const message = describeMutationError(result as Parameters<typeof describeMutationError>[0])
      if (message) {
        error.value = message
        errorResult.value = result as Record<string, unknown>
        return null
      }
      return data
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
      return null
    }
  }
  return { run, error, errorResult, loading }
}
