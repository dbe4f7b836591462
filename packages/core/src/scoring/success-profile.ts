/**
 * The success profile (§3.4): the current band next to the success threshold, and the differential.
 *
 * @packageDocumentation
 */
import type { BandDefinition, BandId } from '../method-types.js'

/**
 * Current potential for success next to the desired one. Fields are `null` when not computable (no
 * answered driver, or no threshold chosen).
 */
export interface SuccessProfile {
  current: BandId | null
  threshold: BandId | null
  /** `threshold.index − current.index`: > 0 means that many bands below the threshold. */
  differentialBands: number | null
  /** `threshold.min − total` (unrounded): points still missing; negative when above the threshold. */
  differentialPoints: number | null
  meetsThreshold: boolean | null
}

/** Options of {@link describeProfile}. */
export interface DescribeProfileOptions {
  total: number | null
  current: BandDefinition | undefined
  threshold: BandDefinition | undefined
}

/** Builds the success profile; the differential definitions are `[DESIGN]` (§3.4). */
export function describeProfile({
  total,
  current,
  threshold,
}: DescribeProfileOptions): SuccessProfile {
  const comparable = current !== undefined && threshold !== undefined
  return {
    current: current?.id ?? null,
    threshold: threshold?.id ?? null,
    differentialBands: comparable ? threshold.index - current.index : null,
    differentialPoints: threshold && total !== null ? threshold.min - total : null,
    meetsThreshold: comparable ? current.index >= threshold.index : null,
  }
}
