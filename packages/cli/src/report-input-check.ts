/**
 * A compile-time check, no runtime code: what the SDK fetches is what `@immd/reports` renders.
 * `@immd/reports` declares its input (`report-input.ts`) instead of importing the SDK's generated
 * types, so the API can render reports without depending on a client generated from itself. This
 * package sits downstream of both, so its typecheck (and build) fails when the API's schema or the
 * report documents change in a way the declared input does not accept.
 *
 * @packageDocumentation
 */
import type { EngagementListItem, EngagementReport } from '@immd/reports/report-input'
import type { EngagementReport as FetchedEngagementReport } from '@immd/sdk/engagement-report'
import type { EngagementListItemFragment } from '@immd/sdk/generated/graphql'

/** Compiles only when `TFetched` can be passed where `TDeclared` is expected. */
type AssignableTo<TDeclared, TFetched extends TDeclared> = [TDeclared, TFetched]

/** The SDK's `fetchEngagementReport` result is a valid input of every report renderer. */
export type FetchedReportRenders = AssignableTo<EngagementReport, FetchedEngagementReport>

/** A row of the SDK's `engagements` page is a valid row of the portfolio table. */
export type FetchedListItemRenders = AssignableTo<EngagementListItem, EngagementListItemFragment>
