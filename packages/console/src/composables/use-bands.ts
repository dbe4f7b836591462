/** The five bands in method order, with their colours (always shown next to their label). */
import type { Band } from '../gql/graphql'

/** Minimal … Excellent, lowest first (band index order). */
export const BAND_ORDER: readonly Band[] = ['MINIMAL', 'LOW', 'BORDERLINE', 'HIGH', 'EXCELLENT']

const COLORS: Record<Band, string> = {
  MINIMAL: '#b3261e',
  LOW: '#d9652b',
  BORDERLINE: '#e3b23c',
  HIGH: '#6aa84f',
  EXCELLENT: '#1e7b45',
}

/** The colour of a band (charts and badges). */
export function bandColor(band: Band): string {
  return COLORS[band]
}

/** 0 for Minimal … 4 for Excellent. */
export function bandIndex(band: Band): number {
  return BAND_ORDER.indexOf(band)
}
