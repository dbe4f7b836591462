/**
 * A mutation with the console's conventions: the cache is updated from the payload, never by
 * refetching what is on screen, and typed error results become one message. Every engagement write
 * selects, in its payload, the engagement with the fragments of the page it is made on
 * (`EngagementLayout` plus e.g. `EngagementWorksheetPage`), so Apollo's normalized cache updates
 * the changed object, its derived fields (score, consensus, gates, band) and the page's lists in the
 * one response. A write whose payload cannot carry what changes names the queries to refetch
 * (`{ refetch: ['Admin'] }`) and says why beside the call; only a refused stale write (ConflictError)
 * refetches what is on screen; a write that creates or removes a list's
 * object patches the list (`update`, see `cache-lists.ts`).
 */
import type { ApolloCache } from '@apollo/client/core'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { useApolloClient, useMutation } from '@vue/apollo-composable'
import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  describeErrorKind,
  describeInputIssue,
  type InputIssueText,
} from '../features/errors/issue-text'
import { describeMutationError } from '../features/errors/mutation-error'
import {
  describeGatePrerequisite,
  describeGateRefusal,
  type GatePrerequisiteText,
} from '../features/lifecycle/gate-text'

type Variables = Record<string, unknown>

/** Options of {@link useWrite}. */
export interface WriteOptions {
  /**
   * Operation names of the queries to refetch after a successful write, when they are on screen
   * (default none: the payload updates the cache).
   */
  refetch?: readonly string[]
  /**
   * Patches what the payload cannot replace by itself (a created object into its list, a removed
   * one out of it): runs with the payload of a successful write, inside Apollo's cache update.
   */
  update?: (cache: ApolloCache<unknown>, payload: Record<string, unknown>) => void
}

/** Returns `run(variables)` → the data on success, else null with `error` set. */
export function useWrite<TData extends Record<string, unknown>, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: WriteOptions = {},
) {
  const names = options.refetch ?? []
  const { resolveClient } = useApolloClient()
  const { t, te, n } = useI18n()
  const translator = { t, te, n: (value: number) => n(value, 'integer') }
  const describeMissing = (item: GatePrerequisiteText) => describeGatePrerequisite(item, t, te)
  const describeRefusal = (activityId: string, transition: string) =>
    describeGateRefusal(activityId, transition, t, te)
  const describeIssue = (issue: InputIssueText) => describeInputIssue(issue, translator)
  const describeKind = (error: { __typename?: string; currentVersion?: number | null }) =>
    describeErrorKind(error, translator)
  const activeNamed = (wanted: readonly string[]) => {
    const active = new Set(
      [...resolveClient().getObservableQueries('active').values()].map((query) => query.queryName),
    )
    return wanted.filter((name) => active.has(name))
  }
  const { mutate, loading } = useMutation(document, {
    update: (cache, result) => {
      const payload = firstField(result.data)
      if (options.update && payload && !isErrorResult(payload)) {
        options.update(cache as ApolloCache<unknown>, payload as Record<string, unknown>)
      }
    },
  })
  const error = ref<string | null>(null)
  /** The typed error result of the last run (e.g. to show its details), else null. */
  const errorResult = shallowRef<Record<string, unknown> | null>(null)

  async function run(variables: TVariables): Promise<TData | null> {
    error.value = null
    errorResult.value = null
    try {
      const response = await mutate(variables as unknown as Parameters<typeof mutate>[0])
      const data = response?.data ?? null
      const result = firstField(data)
      const message = describeMutationError(
        result,
        describeMissing,
        describeRefusal,
        describeIssue,
        describeKind,
      )
      if (message) {
        error.value = message
        errorResult.value = result as Record<string, unknown>
        // A stale `version`: the screen is behind the server. Fetch what is on screen again so
        // drafts show the newer value beside what was typed (and offer the choice).
        if (result?.__typename === 'ConflictError') {
          await resolveClient().refetchQueries({ include: 'active' })
        }
        return null
      }
      // Only the named queries, and only those on screen (naming an inactive one makes Apollo warn).
      if (names.length > 0) await resolveClient().refetchQueries({ include: activeNamed(names) })
      return data
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
      return null
    }
  }
  return { run, error, errorResult, loading }
}

type Payload = Parameters<typeof describeMutationError>[0]

/** The payload of a mutation's only root field (the console's mutations select one each). */
function firstField(data: unknown): Payload {
  if (!data || typeof data !== 'object') return null
  return Object.values(data)[0] as Payload
}

/** Whether the payload is one of the typed errors (`… on Error`), which change nothing. */
function isErrorResult(payload: Payload): boolean {
  return Boolean(payload?.__typename?.endsWith('Error'))
}
