/**
 * Uploads an inventory in chunks: whole IMCs per `importTeams` request, at most `chunkSize`
 * records (an IMC larger than that travels alone) and at most `maxBodyBytes` of JSON, so every
 * request stays far below the server's body limit and transaction timeout however large the
 * inventory is. Each chunk is all-or-nothing on the server; chunks commit one after another.
 *
 * Resumable: re-running the same import sends every chunk again, and the server leaves teams whose
 * record did not change untouched (`unchanged`) and creates no second engagement for an IMC that
 * has one, so a run stopped after chunk k continues where it stopped. What the CLI reports is the
 * sum of the committed chunks' payloads, never a local estimate.
 *
 * @packageDocumentation
 */
import type { InventoryRecord } from '@immd/core/inventory/parse-inventory'
import type { ImcRecordGroup } from '@immd/core/planning'

/** Records per request by default: one request stays a few seconds of server work. */
export const DEFAULT_CHUNK_SIZE = 1_000

/** JSON bytes per request: under the API's default 4 MiB import body limit, with room for the query. */
export const DEFAULT_MAX_CHUNK_BYTES = 3 * 1024 * 1024

/** Options of {@link splitIntoChunks}. */
export interface SplitIntoChunksOptions {
  groups: readonly ImcRecordGroup[]
  chunkSize?: number
  maxBodyBytes?: number
}

/** Packs whole IMCs into chunks, in inventory order (linear in the records). */
export function splitIntoChunks(options: SplitIntoChunksOptions): InventoryRecord[][] {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE)
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_CHUNK_BYTES
  const chunks: InventoryRecord[][] = []
  let current: InventoryRecord[] = []
  let bytes = 0
  for (const group of options.groups) {
    const groupBytes = group.records.reduce(
      (sum, record) => sum + JSON.stringify(record).length + 1,
      0,
    )
    const full = current.length + group.records.length > chunkSize || bytes + groupBytes > maxBytes
    if (current.length > 0 && full) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(...group.records)
    bytes += groupBytes
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}
