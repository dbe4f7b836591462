/**
 * What the bench data store remembers about a seeded database, in its own module so that the
 * store (`store.ts`) and the seeding (`bench-data.ts`) do not import each other.
 *
 * @packageDocumentation
 */
/** What a seeded database records about itself. */
export interface BenchMeta {
  organizationId: string
  detailEngagementId: string
  stormEngagementId: string
  engagements: number
}
