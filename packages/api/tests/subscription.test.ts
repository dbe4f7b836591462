import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from './support/database.js'
import {
  createPlannedEngagement,
  globalId,
  type MutationSuite,
  setupMutationSuite,
} from './support/mutations.js'
import { subscribe } from './support/sse.js'

const SUBSCRIPTION = `subscription ($id: ID!) { engagementChanged(id: $id) {
  engagementId operation actorId at engagement { title preparationChecklist { totalCount } } } }`
const ADD = `mutation ($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { __typename } }`

describe.each(TEST_ENGINES)('engagementChanged over SSE (%s)', (engine) => {
  let suite: MutationSuite
  let id: string

  beforeAll(async () => {
    suite = await setupMutationSuite(engine)
    ;({ id } = await createPlannedEngagement(suite, 'Live IMC'))
  })
  afterAll(() => suite?.db.close())

  it('delivers an event when another request changes the engagement', async () => {
    const viewer = await subscribe(suite.yoga, {
      query: SUBSCRIPTION,
      variables: { id },
      token: suite.demo.viewerToken,
    })
    const first = viewer.next()
    await suite.bus.waitForListeners('engagementChanged', id)
    await suite.run(ADD, { input: { engagementId: id, activityId: 'PRA4', text: 'Order badges' } })
    const event = await first
    await viewer.close()
    expect(event).toEqual({
      data: {
        engagementChanged: {
          engagementId: id,
          operation: 'checklist.add',
          actorId: globalId('User', suite.demo.leadId),
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          engagement: { title: 'Live IMC', preparationChecklist: { totalCount: 14 } },
        },
      },
    })
  })

  it('does not deliver events of other engagements', async () => {
    const stream = await subscribe(suite.yoga, {
      query: SUBSCRIPTION,
      variables: { id },
      token: suite.demo.leadToken,
    })
    const next = stream.next(1500)
    await suite.bus.waitForListeners('engagementChanged', id)
    await suite.run(ADD, {
      input: {
        engagementId: globalId('Engagement', suite.demo.activeEngagementId),
        activityId: 'PRA4',
        text: 'Unrelated change',
      },
    })
    await expect(next).rejects.toThrow('no event within the timeout')
    await stream.close()
  })

  it('refuses subscribers outside the organization and anonymous ones', async () => {
    for (const [token, code] of [
      [suite.foreign.token, 'FORBIDDEN'],
      ['', 'UNAUTHENTICATED'],
    ] as const) {
      const stream = await subscribe(suite.yoga, { query: SUBSCRIPTION, variables: { id }, token })
      const event = (await stream.next()) as { errors?: { extensions?: { code?: string } }[] }
      await stream.close()
      expect(event.errors?.[0]?.extensions?.code).toBe(code)
    }
  })
})
