import {
  ApolloClient,
  ApolloLink,
  InMemoryCache,
  Observable,
  type Operation,
} from '@apollo/client/core'
import { DefaultApolloClient } from '@vue/apollo-composable'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WorksheetDriverRow from '../../src/features/worksheet/WorksheetDriverRow.vue'
import { createMountOptions } from './mount-options'

/** A client whose transport records each operation and answers with a payload. */
function createRecordingClient() {
  const operations: Operation[] = []
  const link = new ApolloLink((operation) => {
    operations.push(operation)
    return Observable.of({ data: { evaluateDriver: { __typename: 'EvaluateDriverPayload' } } })
  })
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), operations }
}

const ANSWERS = [
  { answer: 'NO', label: 'No', value: 0 },
  { answer: 'LIKELY_NO', label: 'Likely No', value: 25 },
  { answer: 'EQUALLY_LIKELY', label: 'Equally Likely', value: 50 },
  { answer: 'LIKELY_YES', label: 'Likely Yes', value: 75 },
  { answer: 'YES', label: 'Yes', value: 100 },
] as const

function mountRow(client: ApolloClient<unknown>, extra: Record<string, unknown> = {}) {
  const options = createMountOptions()
  return mount(WorksheetDriverRow, {
    props: {
      engagementId: 'RW5nYWdlbWVudDox',
      driver: {
        id: 'immd-1.0:D1',
        code: 'D1',
        number: 1,
        shortName: 'realistic and well-articulated goals',
        question: {
          text: 'Are the IMC’s goals realistic and well-articulated?',
          provenance: 'READ',
          source: 'SEED-IMMD',
        },
      },
      evaluation: {
        id: 'ev1',
        driverId: 'D1',
        answer: null,
        rationale: null,
        version: 3,
      },
      score: {
        driverId: 'D1',
        status: 'MISSING',
        tally: { success: 0, failure: 2, neutral: 0, unknown: 0 },
      },
      consensus: {
        driverId: 'D1',
        count: 3,
        median: 'LIKELY_YES',
        min: 'LIKELY_NO',
        max: 'YES',
        spreadSteps: 3,
        disagreement: true,
        distribution: [
          { answer: 'LIKELY_NO', count: 1 },
          { answer: 'LIKELY_YES', count: 1 },
          { answer: 'YES', count: 1 },
        ],
      },
      items: [],
      warnings: ['Driver D1 is answered "Yes" with only failure (-) items.'],
      answers: [...ANSWERS],
      sources: [{ id: 'int1', title: 'Session 1', kind: 'interview' }],
      ...extra,
    } as never,
    global: { ...options.global, provide: { [DefaultApolloClient as symbol]: client } },
  })
}

describe('WorksheetDriverRow', () => {
  it('shows the tally, the contradiction warning and the interview consensus beside the answer', () => {
    const wrapper = mountRow(createRecordingClient().client)
    expect(wrapper.find('legend').text()).toContain('D1')
    expect(wrapper.findAll('.tally span').map((span) => span.text())).toEqual([
      '+ 0',
      '− 2',
      '0 0',
      '? 0',
    ])
    expect(wrapper.text()).toContain('only failure (-) items')
    expect(wrapper.text()).toContain('Median Likely Yes from 3 ratings')
    expect(wrapper.text()).toContain('Interviewees disagree (3 steps apart)')
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(5)
  })

  it('saves the chosen answer with the version it read', async () => {
    const { client, operations } = createRecordingClient()
    const wrapper = mountRow(client)
    const save = wrapper.find('button[type="button"]')
    expect(save.attributes('disabled')).toBeDefined()
    await wrapper.find('input[value="LIKELY_YES"]').setValue(true)
    await wrapper.find('textarea').setValue('+ goals published')
    await save.trigger('click')
    await flushPromises()
    expect(operations.map((op) => op.operationName)).toEqual(['EvaluateDriver'])
    expect(operations[0]?.variables).toEqual({
      input: {
        engagementId: 'RW5nYWdlbWVudDox',
        driverId: 'D1',
        answer: 'LIKELY_YES',
        rationale: '+ goals published',
        version: 3,
      },
    })
  })

  it('has no not-applicable box, and shows a tailoring exclusion (who, why) instead of the scale', () => {
    const open = mountRow(createRecordingClient().client)
    expect(open.find('input[type="checkbox"]').exists()).toBe(false)
    const wrapper = mountRow(createRecordingClient().client, {
      exclusion: {
        id: 'x1',
        driverId: 'D1',
        reason: 'No external partners',
        origin: 'TAILORING',
        decidedAt: '2026-10-01T09:00:00.000Z',
        decidedBy: { name: 'Lena Lead' },
      },
    })
    expect(wrapper.find('[data-testid="driver-excluded"]').text()).toBe(
      'Excluded by tailoring: No external partners (decided by Lena Lead)',
    )
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(0)
  })
})
