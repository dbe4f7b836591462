/**
 * What the viewer may change in the engagement on screen, the same rules the API enforces: the
 * engagement layout provides it, edit controls read it and are disabled with the reason when the
 * API would refuse them (a viewer's role or a read-only token, or results already communicated,
 * which lock the data that feeds them until a lead re-opens them).
 */
import { type ComputedRef, computed, type InjectionKey, inject } from 'vue'

/** The viewer's access to one engagement. */
export interface EngagementAccess {
  /** The viewer may write to this engagement at all (`Engagement.viewerCanWrite`). */
  canWrite: ComputedRef<boolean>
  /** PAA1 is completed (communicated or closed): result-feeding data is locked on the server. */
  dataLocked: ComputedRef<boolean>
  /** Why edits are disabled: `role`, `locked`, or null when they are not. */
  reason: ComputedRef<'role' | 'locked' | null>
}

export const ENGAGEMENT_ACCESS_KEY: InjectionKey<EngagementAccess> =
  Symbol('immd-engagement-access')

/** States after PAA1 ("Communicate results") completed. */
const COMMUNICATED_STATES = new Set(['COMMUNICATED', 'CLOSED'])

/** Builds the access of one engagement from its `viewerCanWrite` and `state`. */
export function createEngagementAccess(
  read: () => { viewerCanWrite: boolean; state: string } | null | undefined,
): EngagementAccess {
  const canWrite = computed(() => read()?.viewerCanWrite ?? false)
  const dataLocked = computed(() => COMMUNICATED_STATES.has(read()?.state ?? ''))
  return {
    canWrite,
    dataLocked,
    reason: computed(() => (!canWrite.value ? 'role' : dataLocked.value ? 'locked' : null)),
  }
}

/** The access provided by the engagement layout; outside one, everything is allowed. */
export function useEngagementAccess(): EngagementAccess {
  return (
    inject(ENGAGEMENT_ACCESS_KEY, null) ?? {
      canWrite: computed(() => true),
      dataLocked: computed(() => false),
      reason: computed(() => null),
    }
  )
}
