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
    expect(describeMutationError(validation as never)).toBe('Invalid input (Title: Required)')
    const gate = {
      __typename: 'GateNotSatisfiedError',
      message: 'A5 cannot start',
      missing: [{ code: 'THRESHOLD_NOT_SET', message: 'The success threshold is not set.' }],
    }
    expect(describeMutationError(gate as never)).toBe(
      'A5 cannot start (The success threshold is not set.)',
    )
  })

  it('never shows raw paths or the same sentence twice', () => {
    const repeated = {
      __typename: 'ValidationError',
      message: 'id: Service desk phishing runbook must be received before it is reviewed.',
      issues: [
        {
          path: 'id',
          message: 'Service desk phishing runbook must be received before it is reviewed.',
        },
      ],
    }
    expect(describeMutationError(repeated as never)).toBe(
      'Service desk phishing runbook must be received before it is reviewed.',
    )
    const nested = {
      __typename: 'ValidationError',
      message: 'The plan is not valid.',
      issues: [
        { path: 'input.plannedStart', message: 'Must be a date.' },
        { path: 'input.members.0.userId', message: 'No such user.' },
        { path: 'input.members.1.userId', message: 'No such user.' },
      ],
    }
    expect(describeMutationError(nested as never)).toBe(
      'The plan is not valid. (Planned start: Must be a date.; No such user.)',
    )
  })
})
