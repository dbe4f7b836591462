/**
 * Routes. Pages own their queries; the organization and engagement live in the URL, so a link
 * opens the same view for another assessor.
 */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Session } from './composables/use-session'

const engagementChildren: RouteRecordRaw[] = [
  {
    path: '',
    name: 'engagement',
    props: true,
    component: () => import('./pages/EngagementOverviewPage.vue'),
  },
  {
    path: 'prepare',
    name: 'engagement-prepare',
    props: true,
    component: () => import('./pages/EngagementPreparePage.vue'),
  },
  {
    path: 'tailoring',
    name: 'engagement-tailoring',
    props: true,
    component: () => import('./pages/EngagementTailoringPage.vue'),
  },
  {
    path: 'scope',
    name: 'engagement-scope',
    props: true,
    component: () => import('./pages/EngagementScopePage.vue'),
  },
  {
    path: 'interviews',
    name: 'engagement-interviews',
    props: true,
    component: () => import('./pages/EngagementInterviewsPage.vue'),
  },
  {
    path: 'documents',
    name: 'engagement-documents',
    props: true,
    component: () => import('./pages/EngagementDocumentsPage.vue'),
  },
  {
    path: 'worksheet',
    name: 'engagement-worksheet',
    props: true,
    component: () => import('./pages/EngagementWorksheetPage.vue'),
  },
  {
    path: 'results',
    name: 'engagement-results',
    props: true,
    component: () => import('./pages/EngagementResultsPage.vue'),
  },
  {
    path: 'next-steps',
    name: 'engagement-next-steps',
    props: true,
    component: () => import('./pages/EngagementNextStepsPage.vue'),
  },
  {
    path: 'post',
    name: 'engagement-post',
    props: true,
    component: () => import('./pages/EngagementPostPage.vue'),
  },
]

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { public: true },
  },
  {
    // A respondent answers through a personal link: no account, no sign-in.
    path: '/respond',
    name: 'respond',
    component: () => import('./pages/RespondentPage.vue'),
    meta: { public: true, bare: true },
  },
  {
    // The link of an invitation (`inviteUser`'s `acceptPath`); the token is in the fragment.
    path: '/accept-invitation',
    name: 'accept-invitation',
    component: () => import('./pages/AcceptInvitationPage.vue'),
    meta: { public: true },
  },
  { path: '/', name: 'organizations', component: () => import('./pages/OrganizationsPage.vue') },
  {
    path: '/orgs/:organizationId',
    name: 'portfolio',
    component: () => import('./pages/PortfolioPage.vue'),
    props: true,
  },
  {
    path: '/orgs/:organizationId/analytics',
    name: 'analytics',
    component: () => import('./pages/AnalyticsPage.vue'),
    props: true,
  },
  {
    path: '/orgs/:organizationId/engagements/new',
    name: 'engagement-create',
    component: () => import('./pages/EngagementCreatePage.vue'),
    props: true,
  },
  {
    path: '/orgs/:organizationId/import',
    name: 'import',
    component: () => import('./pages/ImportPage.vue'),
    props: true,
  },
  {
    path: '/orgs/:organizationId/admin',
    name: 'admin',
    component: () => import('./pages/AdminPage.vue'),
    props: true,
  },
  {
    path: '/engagements/:engagementId',
    component: () => import('./pages/EngagementLayoutPage.vue'),
    props: true,
    children: engagementChildren,
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { public: true },
  },
]

/** Options of {@link createAppRouter}. */
export interface CreateAppRouterOptions {
  session: Session
  /** Default: browser history (tests pass a memory history). */
  history?: ReturnType<typeof createWebHistory>
}

/** Creates the router; pages other than sign-in need a session. */
export function createAppRouter(options: CreateAppRouterOptions) {
  const router = createRouter({ history: options.history ?? createWebHistory(), routes })
  router.beforeEach((to) => {
    if (to.meta.public || options.session.signedIn.value) return true
    return { name: 'sign-in', query: { redirect: to.fullPath } }
  })
  return router
}
