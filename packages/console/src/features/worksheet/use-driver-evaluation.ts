/**
 * A driver's answer and rationale on the IMMD Worksheet as drafts, and their save
 * (`evaluateDriver`). Another assessor's save (live update) or another tab's never replaces what
 * is being typed: it shows beside it as a conflict to resolve (`use-draft.ts`).
 */
import { computed, reactive } from 'vue'
import { useDraft } from '../../composables/use-draft'
import { useWrite } from '../../composables/use-write'
import { graphql } from '../../gql'
import type { Answer } from '../../gql/graphql'

const EvaluateMutation = graphql(`
  mutation EvaluateDriver($input: EvaluateDriverInput!) {
    evaluateDriver(input: $input) {
      __typename
      ... on EvaluateDriverPayload {
        evaluation {
          id
          driverId
          ...WorksheetEvaluation
        }
        engagement {
          id
          state
          version
          viewerCanWrite
          ...EngagementHeader
          ...LifecycleActivities
          evaluations(first: 50) {
            edges {
              node {
                id
                driverId
                ...WorksheetEvaluation
              }
            }
          }
          result {
            ...WorksheetResult
          }
        }
      }
      ...MutationError
    }
  }
`)
/** The stored evaluation the drafts start from (the worksheet fragment's fields). */
interface StoredEvaluation {
  answer?: Answer | null
  rationale?: string | null
  version: number
}

/** Options of {@link useDriverEvaluation}: getters, so the drafts follow the row's props. */
export interface DriverEvaluationOptions {
  engagementId: () => string
  driverCode: () => string
  evaluation: () => StoredEvaluation | null
}

/** The drafts of one driver's answer and rationale, their state and their save. */
export function useDriverEvaluation(options: DriverEvaluationOptions) {
  const draftKey = (field: string) =>
    `immd.draft:${options.engagementId()}:${options.driverCode()}:${field}`
  const answer = useDraft<Answer | null>({
    server: () => options.evaluation()?.answer ?? null,
    storageKey: () => draftKey('answer'),
  })
  const rationale = useDraft({
    server: () => options.evaluation()?.rationale ?? '',
    storageKey: () => draftKey('rationale'),
  })
  const form = reactive({ answer: answer.value, rationale: rationale.value })
  const evaluate = useWrite(EvaluateMutation)
  const dirty = computed(() => answer.dirty.value || rationale.dirty.value)
  const hasConflict = computed(
    () => answer.conflict.value !== null || rationale.conflict.value !== null,
  )
  const saveState = computed(() => {
    if (hasConflict.value) return 'conflictState'
    if (evaluate.loading.value) return 'saving'
    if (dirty.value) return evaluate.error.value ? 'failed' : 'unsaved'
    return options.evaluation()?.answer ? 'saved' : null
  })
  /** Resolves a conflict; the refused save's message is answered by the choice. */
  function resolve(
    draft: { keepMine(): void; takeTheirs(): void },
    choice: 'keepMine' | 'takeTheirs',
  ) {
    draft[choice]()
    evaluate.error.value = null
  }
  async function save() {
    const done = await evaluate.run({
      input: {
        engagementId: options.engagementId(),
        driverId: options.driverCode(),
        answer: form.answer ?? undefined,
        rationale: form.rationale,
        version: options.evaluation()?.version ?? 1,
      },
    })
    if (done) {
      answer.markSaved()
      rationale.markSaved()
    }
  }
  return { answer, rationale, form, evaluate, dirty, hasConflict, saveState, resolve, save }
}
