/**
 * UUIDv7 ids for rows created in bulk (the seed generator), matching the `@default(uuid(7))` of
 * the schema: time-ordered, so batches append to the primary-key indexes instead of scattering.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto'

/** Creates a UUIDv7 (RFC 9562): 48-bit millisecond timestamp, version 7, variant 10, random rest. */
export function createUuidV7(now: number = Date.now()): string {
  const bytes = randomBytes(16)
  bytes.writeUIntBE(now, 0, 6)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
