/**
 * Activity gates of engagements, computed once per engagement and request with
 * `@immd/core/lifecycle` from the snapshot built in `snapshot.ts`.
 *
 * @packageDocumentation
 */
import { type ActivityGates, listActivityGates } from '@immd/core/lifecycle'
import type { MethodDefinition } from '@immd/core/method-types'
import {
  buildEngagementSnapshot,
  SNAPSHOT_SELECT,
  type SnapshotRow,
} from '@immd/db/lifecycle-snapshot'
import DataLoader from 'dataloader'
import type { ApiPrismaClient } from '../database.js'
import { requireMethod } from '../methods.js'

/** Gates per activity id of one engagement. */
export type GatesByActivity = Map<string, ActivityGates>

/** Computes every activity's gates from a loaded row. */
export function computeGates(row: SnapshotRow, method: MethodDefinition): GatesByActivity {
  const gates = listActivityGates(buildEngagementSnapshot(row, method))
  return new Map(gates.map((gate) => [gate.activity, gate]))
}

/**
 * Loader of gates by engagement id, for activities reached without their engagement (e.g. `node`).
 * `Engagement.phases` primes it with the rows it already loaded.
 */
export function createGatesLoader(
  prisma: ApiPrismaClient,
  methods: { methodByVersion: DataLoader<string, MethodDefinition | null> },
) {
  return new DataLoader<string, GatesByActivity | null>(async (ids) => {
    const rows = await prisma.engagement.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, ...SNAPSHOT_SELECT },
    })
    const byId = new Map(rows.map((row) => [row.id, row]))
    return Promise.all(
      ids.map(async (id) => {
        const row = byId.get(id)
        return row ? computeGates(row, await requireMethod(methods, row.methodVersion)) : null
      }),
    )
  })
}
