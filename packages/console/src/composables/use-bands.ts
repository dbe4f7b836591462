/** The five bands in method order, with their colours (always shown next to their label). */
import { BAND_COLOURS } from '@immd/core/band-colours'
import type { BandId } from '@immd/core/method-types'
import type { Band } from '../gql/graphql'

/** Minimal … Excellent, lowest first (band index order). */
export const BAND_ORDER: readonly Band[] = ['MINIMAL', 'LOW', 'BORDERLINE', 'HIGH', 'EXCELLENT']

/** The colour of a band (charts and badges). */
export function bandColor(band: Band): string {
  // The API's enum names are @immd/core's band ids in upper case.
  return BAND_COLOURS[band.toLowerCase() as BandId]
}

/** 0 for Minimal … 4 for Excellent. */
export function bandIndex(band: Band): number {
  return BAND_ORDER.indexOf(band)
}
