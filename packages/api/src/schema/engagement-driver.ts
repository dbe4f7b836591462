/**
 * The `driver` field of rows that name a driver of their engagement (evaluations, exclusions):
 * the driver as the engagement's method defines it, in the request's locale.
 *
 * @packageDocumentation
 */
import type { DriverDefinition } from '@immd/core/method-types'
import type { ApiContext } from '../context.js'
import { requireLocalizedMethod } from '../methods.js'
import type { InMethod } from './method.js'

/**
 * Looks up the driver `row.driverId` in the method of `row.engagementId`. Null when the engagement
 * has no method yet, or its method has no such driver (tailoring removed it).
 */
export async function engagementDriver(
  row: { engagementId: string; driverId: string },
  ctx: ApiContext,
): Promise<InMethod<DriverDefinition> | null> {
  const version = await ctx.loaders.engagementMethodVersion.load(row.engagementId)
  if (!version) return null
  const method = await requireLocalizedMethod(ctx.loaders, version, ctx.locale)
  const driver = method.drivers.find((candidate) => candidate.id === row.driverId)
  return driver ? { method, item: driver } : null
}
