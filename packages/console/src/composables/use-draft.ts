/**
 * "Draft vs server value" for one form field: what the user typed survives refetches and live
 * updates. A server value that changes while the field holds no edit replaces it; one that changes
 * under an edit is never applied silently: it becomes a `conflict` shown beside the user's text,
 * resolved with {@link Draft.keepMine} (also after merging by hand) or {@link Draft.takeTheirs}.
 * With a `storageKey` an unsaved edit also lives in `sessionStorage`, so it outlasts a reload and the
 * sign-in round trip of an expired session.
 */
import { type ComputedRef, computed, type Ref, ref, shallowRef, watch } from 'vue'
import { useUnsavedChanges } from './use-unsaved-changes'

/** Options of {@link useDraft}. */
export interface UseDraftOptions<T> {
  /** The server's current value, read reactively (from the Apollo cache). */
  server: () => T
  /** `sessionStorage` key of the unsaved edit; omit to keep it in memory only. */
  storageKey?: () => string
  /** Register with the unsaved-changes guard (default true). */
  guard?: boolean
}

/** One draft field. */
export interface Draft<T> {
  /** The value in the form (bind it with `v-model`). */
  value: Ref<T>
  /** The user changed the value since it was last read from or saved to the server. */
  dirty: ComputedRef<boolean>
  /** The server's newer value when it changed under the user's edit, else null. */
  conflict: Ref<{ theirs: T } | null>
  /** Keeps the user's text (as typed or merged by hand) over the server's newer one. */
  keepMine(): void
  /** Replaces the user's text with the server's newer one. */
  takeTheirs(): void
  /** Marks the current value as the server's (call after a successful save). */
  markSaved(): void
  /** Forgets the edit and shows the server value again. */
  discard(): void
}

interface Stored<T> {
  base: T
  value: T
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

function readStored<T>(key: string | undefined): Stored<T> | null {
  if (!key || typeof sessionStorage === 'undefined') return null
  try {
    const text = sessionStorage.getItem(key)
    return text ? (JSON.parse(text) as Stored<T>) : null
  } catch {
    return null
  }
}

/** Creates a draft of one server value; call it in a component's `setup`. */
export function useDraft<T>(options: UseDraftOptions<T>): Draft<T> {
  const key = () => options.storageKey?.()
  const server = options.server()
  const stored = readStored<T>(key())
  // `base` is the server value the user's edit started from.
  const base = shallowRef<T>(copy(stored?.base ?? server))
  const value = ref(copy(stored?.value ?? server)) as Ref<T>
  const conflict = shallowRef<{ theirs: T } | null>(null)
  const dirty = computed(() => !same(value.value, base.value))

  function receive(theirs: T) {
    if (same(theirs, base.value)) return
    if (!dirty.value || same(theirs, value.value)) {
      base.value = copy(theirs)
      value.value = copy(theirs)
      conflict.value = null
      return
    }
    conflict.value = { theirs: copy(theirs) }
  }
  receive(server)
  watch(() => copy(options.server()), receive)
  watch(
    [value, base],
    () => {
      const storageKey = key()
      if (!storageKey || typeof sessionStorage === 'undefined') return
      if (dirty.value) {
        sessionStorage.setItem(storageKey, JSON.stringify({ base: base.value, value: value.value }))
      } else sessionStorage.removeItem(storageKey)
    },
    { deep: true },
  )

  const draft: Draft<T> = {
    value,
    dirty,
    conflict,
    keepMine() {
      if (conflict.value) base.value = copy(conflict.value.theirs)
      conflict.value = null
    },
    takeTheirs() {
      const theirs = conflict.value?.theirs ?? options.server()
      base.value = copy(theirs)
      value.value = copy(theirs)
      conflict.value = null
    },
    markSaved() {
      base.value = copy(value.value)
      conflict.value = null
    },
    discard() {
      const theirs = options.server()
      base.value = copy(theirs)
      value.value = copy(theirs)
      conflict.value = null
    },
  }
  if (options.guard !== false) useUnsavedChanges({ dirty, discard: draft.discard })
  return draft
}
