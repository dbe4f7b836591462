/**
 * What a worksheet write refreshes of the live result: the total, band and coverage, each
 * driver's score and the warnings the IMMD Worksheet shows beside its rows. Every mutation that
 * can move the score spreads it, so the page's cached result is replaced as a whole (never a
 * band without its coverage and warnings).
 */
import { graphql } from '../../gql'

export const WorksheetResultFragment = graphql(`
  fragment WorksheetResult on EngagementResult {
    total
    band
    missing
    drivers {
      driverId
      ...WorksheetScore
    }
    warnings {
      code
      driverId
      message
      count
      total
      answer
      effect
      driverIds
      capFrom
      capTo
    }
  }
`)
