/**
 * One registry per console instance of the forms holding unsaved edits: leaving the route or the
 * page (reload, close) asks first. Created and provided by `main.ts`; forms register through
 * {@link useUnsavedChanges}. Signing in again after an expired session is not "leaving": the drafts
 * are kept in `sessionStorage` (see `use-draft.ts`) and come back with the page.
 */
import {
  type ComputedRef,
  computed,
  type InjectionKey,
  inject,
  onBeforeUnmount,
  type Ref,
  shallowReactive,
} from 'vue'
import type { Router } from 'vue-router'

/** A form that may hold unsaved edits. */
export interface UnsavedSource {
  dirty: Ref<boolean> | ComputedRef<boolean>
  /** Forgets the edits (the user chose to leave without saving). */
  discard(): void
}

/** The registry of one console instance. */
export interface UnsavedChanges {
  /** True while any registered form holds unsaved edits. */
  pending: ComputedRef<boolean>
  register(source: UnsavedSource): () => void
}

export const UNSAVED_CHANGES_KEY: InjectionKey<UnsavedChanges> = Symbol('immd-unsaved-changes')

/** Options of {@link createUnsavedChanges}. */
export interface CreateUnsavedChangesOptions {
  router: Router
  /** Asks the user whether to leave (the browser's `confirm` by default). */
  confirmLeave: () => boolean
  /** Where `beforeunload` is listened to (the browser's `window`). */
  target: Pick<Window, 'addEventListener'>
}

/** Creates the registry and installs the route guard and the `beforeunload` prompt. */
export function createUnsavedChanges(options: CreateUnsavedChangesOptions): UnsavedChanges {
  const sources = shallowReactive(new Set<UnsavedSource>())
  const pending = computed(() => [...sources].some((source) => source.dirty.value))
  options.router.beforeEach((to, from) => {
    // The sign-in round trip of an expired session keeps the drafts; a hash or query change on the
    // same page unmounts nothing.
    if (to.name === 'sign-in' || to.path === from.path || !pending.value) return true
    if (!options.confirmLeave()) return false
    for (const source of sources) if (source.dirty.value) source.discard()
    return true
  })
  options.target.addEventListener('beforeunload', (event: BeforeUnloadEvent) => {
    if (!pending.value) return
    event.preventDefault()
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = ''
  })
  return {
    pending,
    register(source) {
      sources.add(source)
      return () => sources.delete(source)
    },
  }
}

/** Registers a form's dirty flag for as long as the calling component lives. */
export function useUnsavedChanges(source: UnsavedSource): void {
  const registry = inject(UNSAVED_CHANGES_KEY, null)
  if (!registry) return
  const unregister = registry.register(source)
  onBeforeUnmount(unregister)
}
