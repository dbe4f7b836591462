/**
 * The attributes that put an IMC in a cohort (issue #15): organizational model, country,
 * constituency and a size band, read from the inventory records of the IMC when an engagement is
 * planned. The engagement stores them as plain columns, so the database groups and filters on them.
 * The size bands are `[DESIGN]`: small below 5 staff, medium up to 19, large from 20.
 *
 * @packageDocumentation
 */

/** Size band of an IMC by its staff (headcount over all its records). */
export type SizeBand = 'small' | 'medium' | 'large'

/** The size bands, smallest first. */
export const SIZE_BANDS: readonly SizeBand[] = ['small', 'medium', 'large']

/** A cohort attribute set; `null` where the records do not say. */
export interface CohortProfile {
  organizationalModel: string | null
  /** The first ISO 3166-1 alpha-2 code of the main record. */
  country: string | null
  constituency: string | null
  sizeBand: SizeBand | null
}

/** The inventory fields the profile reads (a subset of an inventory record). */
export interface CohortProfileRecord {
  model?: string | null
  constituency?: string | null
  'country-code'?: readonly string[] | string | null
  staff?: readonly unknown[] | null
}

/** The size band of a headcount (`null` for an unknown one). */
export function classifySize(staff: number | null): SizeBand | null {
  if (staff === null || !Number.isFinite(staff) || staff <= 0) return null
  if (staff < 5) return 'small'
  if (staff < 20) return 'medium'
  return 'large'
}

/**
 * The cohort profile of an IMC from its inventory records, the main record first: model, country
 * and constituency of the first record that has them; size from the staff of all records.
 */
export function describeCohortProfile(records: readonly CohortProfileRecord[]): CohortProfile {
  const first = <T>(pick: (record: CohortProfileRecord) => T | null | undefined): T | null => {
    for (const record of records) {
      const value = pick(record)
      if (value !== null && value !== undefined && value !== '') return value
    }
    return null
  }
  const staffListed = records.some((record) => Array.isArray(record.staff))
  const headcount = records.reduce((sum, record) => sum + (record.staff?.length ?? 0), 0)
  const model = first((record) => record.model)
  const constituency = first((record) => record.constituency?.trim().toLowerCase())
  const country = first((record) => {
    const codes = record['country-code']
    const code = Array.isArray(codes) ? codes[0] : codes
    return typeof code === 'string' ? code.toUpperCase() : null
  })
  return {
    organizationalModel: model ? model.toLowerCase() : null,
    country,
    constituency,
    sizeBand: staffListed ? classifySize(headcount) : null,
  }
}
