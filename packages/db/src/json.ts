/**
 * JSON column helpers.
 *
 * @packageDocumentation
 */
import type { Prisma } from './generated/sqlite/client.js'

/**
 * Turns any JSON-serialisable value into what Prisma's Json columns accept: dates become ISO
 * strings, `undefined` members disappear, class instances become plain objects. Both engines then
 * store and return the same document.
 */
export function toJsonValue(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue
}
