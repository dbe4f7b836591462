import { describe, expect, it } from 'vitest'
import { describeMutationError } from '../../src/features/errors/mutation-error'
import {
  describeGatePrerequisite,
  describeGateRefusal,
} from '../../src/features/lifecycle/gate-text'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'

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

  it('writes a refused transition in the console language from its codes', () => {
    const gate = {
      __typename: 'GateNotSatisfiedError',
      message: 'Cannot start A5: The success threshold is not set.',
      activityId: 'A5',
      transition: 'start',
      missing: [{ code: 'THRESHOLD_NOT_SET', message: 'The success threshold is not set.' }],
    }
    const inLocale = (locale: 'en' | 'fr' | 'de') => {
      const { t, te } = createAppI18n(locale, MESSAGES).global
      return describeMutationError(
        gate as never,
        (item) => describeGatePrerequisite(item, t, te),
        (activityId, transition) => describeGateRefusal(activityId, transition, t, te),
      )
    }
    expect(inLocale('en')).toBe('A5 cannot start yet: The success threshold is not set.')
    expect(inLocale('fr')).toBe(
      'A5 ne peut pas encore commencer : Le seuil de réussite n’est pas fixé.',
    )
    expect(inLocale('de')).toBe(
      'A5 kann noch nicht beginnen: Die Erfolgsschwelle ist nicht festgelegt.',
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

  it('writes a document-status error in the console language from its code', () => {
    const refused = {
      __typename: 'ValidationError',
      message: 'id: Service desk phishing runbook must be received before it is reviewed.',
      issues: [
        {
          path: 'id',
          message: 'Service desk phishing runbook must be received before it is reviewed.',
          code: 'DOCUMENT_NOT_RECEIVED',
          subject: 'Service desk phishing runbook',
        },
      ],
    }
    const inLocale = (locale: 'en' | 'fr' | 'de') => {
      const { t, te } = createAppI18n(locale, MESSAGES).global
      return describeMutationError(refused as never, undefined, undefined, (issue) =>
        issue.code && te(`inputIssue.${issue.code}`)
          ? t(`inputIssue.${issue.code}`, { subject: issue.subject ?? '' })
          : null,
      )
    }
    expect(inLocale('fr')).toBe(
      '« Service desk phishing runbook » n’est pas encore marqué comme reçu : marquez-le d’abord comme reçu, puis comme examiné.',
    )
    expect(inLocale('de')).toBe(
      '„Service desk phishing runbook“ ist noch nicht als erhalten markiert: Markieren Sie es zuerst als erhalten, dann als geprüft.',
    )
    // Without a writer for codes, the API's English stays, once.
    expect(describeMutationError(refused as never)).toBe(
      'Service desk phishing runbook must be received before it is reviewed.',
    )
  })
})
