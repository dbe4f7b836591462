// One point per assessment for the trend chart: the latest result snapshot of each engagement in
// the history (an engagement computes several: after A4, again after A5, after a threshold change).

/** What the trend needs of a snapshot. */
export interface TrendSnapshot {
  id: string
  computedAt: string
  engagement: { id: string }
}

/**
 * The latest snapshot of each engagement (ties: the later one in the list, which the API orders
 * oldest first), ordered by when it was computed.
 */
export function latestPerEngagement<T extends TrendSnapshot>(history: readonly T[]): T[] {
  const latest = new Map<string, T>()
  for (const snapshot of history) {
    const seen = latest.get(snapshot.engagement.id)
    if (!seen || Date.parse(snapshot.computedAt) >= Date.parse(seen.computedAt)) {
      latest.set(snapshot.engagement.id, snapshot)
    }
  }
  return [...latest.values()].sort((a, b) => Date.parse(a.computedAt) - Date.parse(b.computedAt))
}
