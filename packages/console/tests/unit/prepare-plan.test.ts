import {
  ApolloClient,
  ApolloLink,
  type FetchResult,
  InMemoryCache,
  Observable,
  type Operation,
} from '@apollo/client/core'
import { DefaultApolloClient } from '@vue/apollo-composable'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PreparePlan from '../../src/features/prepare/PreparePlan.vue'
import introspection from '../../src/gql/possible-types'
import { createMountOptions } from './mount-options'

/** A client whose transport records each operation and answers with the given result. */
function createRecordingClient(answer: FetchResult['data']) {
  const operations: Operation[] = []
  const link = new ApolloLink((operation) => {
    operations.push(operation)
    return Observable.of({ data: answer })
  })
  const cache = new InMemoryCache({ possibleTypes: introspection.possibleTypes })
  return { client: new ApolloClient({ link, cache }), operations }
}

const ENGAGEMENT = {
  __typename: 'Engagement',
  id: 'RW5nYWdlbWVudDox',
  version: 7,
  title: 'ACME baseline',
  plannedStart: '2026-03-02T00:00:00.000Z',
  plannedEnd: '2026-03-20T00:00:00.000Z',
  actualStart: null,
  actualEnd: null,
}

function mountPlan(client: ApolloClient<unknown>) {
  const options = createMountOptions()
  return mount(PreparePlan, {
    props: { engagement: ENGAGEMENT as never },
    global: { ...options.global, provide: { [DefaultApolloClient as symbol]: client } },
  })
}

describe('PreparePlan', () => {
  // Unsaved drafts live in sessionStorage (#21); each test starts from the server's values.
  afterEach(() => sessionStorage.clear())
  it('shows the title and dates and saves only what changed, with the version it read', async () => {
    const { client, operations } = createRecordingClient({
      updateEngagement: {
        __typename: 'UpdateEngagementPayload',
      },
    })
    const wrapper = mountPlan(client)
    expect((wrapper.find('#plan-title').element as HTMLInputElement).value).toBe('ACME baseline')
    expect((wrapper.find('#plan-planned-start').element as HTMLInputElement).value).toBe(
      '2026-03-02',
    )
    const save = wrapper.find('button[type="submit"]')
    expect(save.attributes('disabled')).toBeDefined()

    await wrapper.find('#plan-title').setValue('ACME baseline 2026')
    await wrapper.find('#plan-planned-end').setValue('')
    await wrapper.find('#plan-actual-start').setValue('2026-03-03')
    expect(save.attributes('disabled')).toBeUndefined()
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(operations.map((op) => op.operationName)).toEqual(['UpdateEngagement'])
    expect(operations[0]?.variables).toEqual({
      input: {
        id: 'RW5nYWdlbWVudDox',
        version: 7,
        title: 'ACME baseline 2026',
        plannedEnd: null,
        actualStart: '2026-03-03T00:00:00.000Z',
      },
    })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('refuses an end before its start without asking the API', async () => {
    const { client, operations } = createRecordingClient({})
    const wrapper = mountPlan(client)
    await wrapper.find('#plan-planned-end').setValue('2026-03-01')
    expect(wrapper.text()).toContain('An end date is before its start date.')
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    expect(operations).toHaveLength(0)
  })

  it('says when someone else changed the engagement and offers a reload', async () => {
    const { client, operations } = createRecordingClient({
      updateEngagement: {
        __typename: 'ConflictError',
        message: 'Engagement changed since version 7 (now 8).',
      },
    })
    const wrapper = mountPlan(client)
    await wrapper.find('#plan-title').setValue('Renamed')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(operations[0]?.variables).toMatchObject({ input: { version: 7, title: 'Renamed' } })
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('changed by someone else — reload')
    const reload = alert.find('button')
    expect(reload.text()).toBe('Reload')
    await reload.trigger('click')
    await flushPromises()
    // Reloading clears the message and keeps what was typed: a draft is never thrown away (#21).
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect((wrapper.find('#plan-title').element as HTMLInputElement).value).toBe('Renamed')
  })
})
