/**
 * What a portfolio listing asks for (filter and order, with stored values): shared by the
 * `engagements` connection (`engagements/portfolio-page.ts`) and the streamed export, in a module
 * that does not need the built schema, so the schema's modules can import it.
 *
 * @packageDocumentation
 */
import type { PortfolioSelection } from './portfolio-fields.js'

/** The connection's `EngagementFilter`, with stored values (core ids, database ids). */
export interface PortfolioFilter {
  organizationId?: string
  state?: string[]
  band?: string[]
  threshold?: string[]
  search?: string
  updatedAfter?: Date
}

/** Columns the portfolio can be ordered by (the values of `EngagementOrderField`). */
export type PortfolioOrderField = 'updatedAt' | 'title' | 'latestTotal' | 'state'

/** The connection's `EngagementOrder`; without one the connection sorts by `updatedAt`, newest first. */
export interface PortfolioOrder {
  field: PortfolioOrderField
  direction: 'asc' | 'desc'
}

/** What one export request asks for. */
export interface PortfolioQuery {
  filter: PortfolioFilter
  order: PortfolioOrder
  /** The columns each row holds (`?fields=`); every column when absent. */
  selection?: PortfolioSelection
}
