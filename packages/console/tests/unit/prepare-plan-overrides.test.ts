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
import { describe, expect, it } from 'vitest'
import PreparePlanOverrides from '../../src/features/prepare/PreparePlanOverrides.vue'
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
  planNotes: {
    model: { model: 'centralized', label: 'Internal centralized' },
    overrides: [
      {
        id: 'o-1',
        itemKind: 'document',
        itemId: 'd-9',
        planned: 'Escalation procedure',
        action: 'drop',
        replacement: null,
        reason: 'The sponsor confirmed it does not exist.',
        decidedById: 'u-1',
        decidedBy: 'Lena Lead',
        decidedAt: '2026-03-02T10:00:00.000Z',
      },
    ],
  },
  scopeList: {
    edges: [
      {
        node: {
          __typename: 'ScopeEntry',
          id: 'U2NvcGVFbnRyeTox',
          pseudonym: 'Interviewee 01',
          role: 'IT department head',
        },
      },
    ],
  },
  documents: {
    edges: [
      {
        node: {
          __typename: 'Document',
          id: 'RG9jdW1lbnQ6MQ==',
          title: 'RFC 2350 profile',
          origin: 'standard',
        },
      },
      {
        node: {
          __typename: 'Document',
          id: 'RG9jdW1lbnQ6Mg==',
          title: 'Added by hand',
          origin: 'manual',
        },
      },
    ],
  },
}

function mountOverrides(client: ApolloClient<unknown>) {
  const options = createMountOptions()
  return mount(PreparePlanOverrides, {
    props: { engagement: ENGAGEMENT as never },
    global: { ...options.global, provide: { [DefaultApolloClient as symbol]: client } },
  })
}

describe('PreparePlanOverrides', () => {
  it('lists recorded overrides with what was planned, who, when and why', () => {
    const { client } = createRecordingClient({})
    const wrapper = mountOverrides(client)
    const list = wrapper.find('[data-testid="plan-override-list"]')
    expect(list.text()).toContain('Document')
    expect(list.text()).toContain('Escalation procedure: dropped')
    expect(list.text()).toContain('The sponsor confirmed it does not exist.')
    expect(list.text()).toContain('by Lena Lead, Mar 2, 2026')
  })

  it('offers only planned items and records a replacement with its reason', async () => {
    const { client, operations } = createRecordingClient({
      overridePlanItem: { __typename: 'OverridePlanItemPayload' },
    })
    const wrapper = mountOverrides(client)
    const options = wrapper.findAll('#plan-override-item option').map((option) => option.text())
    expect(options).toEqual([
      'Choose…',
      'Interviewee: Interviewee 01 (IT department head)',
      'Document: RFC 2350 profile',
    ])
    const save = wrapper.find('button[type="submit"]')
    await wrapper.find('#plan-override-item').setValue('U2NvcGVFbnRyeTox')
    await wrapper.find('#plan-override-action').setValue('REPLACE')
    await wrapper.find('#plan-override-reason').setValue('The IT department head left.')
    // A replacement needs someone instead.
    expect(save.attributes('disabled')).toBeDefined()
    await wrapper.find('#plan-override-replacement').setValue('Head of IT operations')
    expect(save.attributes('disabled')).toBeUndefined()
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(operations.map((op) => op.operationName)).toEqual(['OverridePlanItem'])
    expect(operations[0]?.variables).toEqual({
      input: {
        engagementId: 'RW5nYWdlbWVudDox',
        itemId: 'U2NvcGVFbnRyeTox',
        action: 'REPLACE',
        replacement: 'Head of IT operations',
        reason: 'The IT department head left.',
      },
    })
    expect(wrapper.text()).toContain('Override recorded.')
  })

  it('shows the API’s refusal', async () => {
    const { client } = createRecordingClient({
      overridePlanItem: {
        __typename: 'GateNotSatisfiedError',
        message: 'The results are communicated (PAA1 completed).',
        activityId: 'PAA1',
        transition: 'edit',
        missing: [],
      },
    })
    const wrapper = mountOverrides(client)
    await wrapper.find('#plan-override-item').setValue('RG9jdW1lbnQ6MQ==')
    await wrapper.find('#plan-override-reason').setValue('Not needed.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('PAA1')
  })
})
