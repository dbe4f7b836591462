/** Where the work of each activity happens in the console (route names). */
import type { ActivityId } from '../gql/graphql'

const ROUTES: Record<ActivityId, string> = {
  PRA1: 'engagement-prepare',
  PRA2: 'engagement-scope',
  PRA3: 'engagement-prepare',
  PRA4: 'engagement-prepare',
  PRA5: 'engagement-prepare',
  PRA6: 'engagement-tailoring',
  A1: 'engagement-interviews',
  A2: 'engagement-documents',
  A3: 'engagement-worksheet',
  A4: 'engagement-results',
  A5: 'engagement-results',
  A6: 'engagement-next-steps',
  PAA1: 'engagement-post',
  PAA2: 'engagement-post',
  PAA3: 'engagement-post',
}

/** The route name of the page where an activity's work is done. */
export function activityRouteName(activityId: ActivityId): string {
  return ROUTES[activityId]
}
