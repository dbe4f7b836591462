/**
 * The colour of each band (red → green), the one source for the console's badges and charts and
 * the reports' charts. A colour is never shown alone: the band's label always goes with it.
 *
 * @packageDocumentation
 */
import type { BandId } from './method-types.js'

/** The band ids, lowest first (band index order). */
export const BAND_IDS: readonly BandId[] = ['minimal', 'low', 'borderline', 'high', 'excellent']

/** The colour of each band. */
export const BAND_COLOURS: Readonly<Record<BandId, string>> = {
  minimal: '#b3261e',
  low: '#d9652b',
  borderline: '#e3b23c',
  high: '#6aa84f',
  excellent: '#1e7b45',
}

/** The colour of the band at `index` (0 = lowest), for lists of bands in method order. */
export function getBandColourAt(index: number): string {
  const id = BAND_IDS[Math.min(Math.max(index, 0), BAND_IDS.length - 1)] ?? 'minimal'
  return BAND_COLOURS[id]
}
