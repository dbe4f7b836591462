import { describe, expect, it } from 'vitest'
import { describeMutationError } from '../../src/features/errors/mutation-error'

describe('describeMutationError', () => {
  it('is null for payloads', () => {
    expect(describeMutationError({ __typename: 'CreateEngagementPayload' })).toBeNull()
    expect(describeMutationError(null)).toBeNull()
  })

  it('joins validation issues and missing gate prerequisites into one message', () => {
    const validation = {
      __typename: 'ValidationError',
      message: 'Invalid input',
      issues: [{ path: 'input.title', message: 'Required' }],
    }
    expect(describeMutationError(validation as never)).toBe('Invalid input (input.title: Required)')
    const gate = {
      __typename: 'GateNotSatisfiedError',
      message: 'A5 cannot start',
      missing: [{ code: 'THRESHOLD_NOT_SET', message: 'The success threshold is not set.' }],
    }
    expect(describeMutationError(gate as never)).toBe(
      'A5 cannot start (The success threshold is not set.)',
    )
  })
})
