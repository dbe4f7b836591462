import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LifecycleGateMissing from '../../src/features/lifecycle/LifecycleGateMissing.vue'
import { createAppI18n } from '../../src/i18n'
import { MESSAGES } from '../../src/locales/all-catalogues'
import { createMountOptions } from './mount-options'

describe('LifecycleGateMissing', () => {
  it('lists every missing prerequisite with its code', () => {
    const missing = [
      {
        code: 'ACTIVITY_NOT_COMPLETED',
        message: 'A4 (Apply analysis algorithm) must be completed first.',
        activityId: 'A4',
        driverId: null,
      },
      {
        code: 'THRESHOLD_NOT_SET',
        message: 'The success threshold is not set.',
        activityId: null,
        driverId: null,
      },
    ]
    const wrapper = mount(LifecycleGateMissing, {
      props: { missing: missing as any, label: 'Before it can start:' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toContain('Before it can start:')
    expect(wrapper.findAll('li').map((li) => li.attributes('data-code'))).toEqual([
      'ACTIVITY_NOT_COMPLETED',
      'THRESHOLD_NOT_SET',
    ])
  })

  it('writes each prerequisite in the console language from its code and fields', () => {
    const missing = [
      {
        code: 'ACTIVITY_NOT_COMPLETED',
        message: 'A4 (Apply analysis algorithm) must be completed or skipped first.',
        activityId: 'A4',
        skippedAllowed: true,
      },
      {
        code: 'COUNT_BELOW_MINIMUM',
        message: 'At least 1 interview session needed; 0 recorded.',
        count: 'interviews',
        minimum: 1,
        actual: 0,
      },
      { code: 'THRESHOLD_NOT_SET', message: 'The success threshold is not set.' },
    ]
    const texts = (locale: 'en' | 'fr' | 'de') =>
      mount(LifecycleGateMissing, {
        props: { missing: missing as any, label: 'x' },
        global: { plugins: [createAppI18n(locale, MESSAGES)] },
      })
        .findAll('li')
        .map((li) => li.text())
    expect(texts('en')).toEqual([
      'A4 must be completed or skipped first.',
      'At least 1 needed (interview sessions); 0 recorded.',
      'The success threshold is not set.',
    ])
    expect(texts('fr')).toEqual([
      'A4 doit d’abord être terminée ou ignorée.',
      'Au moins 1 requis (séances d’entretien) ; 0 enregistré(s).',
      'Le seuil de réussite n’est pas fixé.',
    ])
    expect(texts('de')).toEqual([
      'A4 muss zuerst abgeschlossen oder übersprungen werden.',
      'Mindestens 1 nötig (Interviewsitzungen); 0 erfasst.',
      'Die Erfolgsschwelle ist nicht festgelegt.',
    ])
  })

  it('keeps the API sentence for a code the console does not know yet', () => {
    const wrapper = mount(LifecycleGateMissing, {
      props: {
        missing: [{ code: 'SOMETHING_NEW', message: 'Something new is missing.' }] as any,
        label: 'x',
      },
      ...createMountOptions(),
    })
    expect(wrapper.find('li').text()).toBe('Something new is missing.')
  })

  it('says nothing is missing when the gate is open', () => {
    const wrapper = mount(LifecycleGateMissing, {
      props: { missing: [], label: 'x' },
      ...createMountOptions(),
    })
    expect(wrapper.text()).toBe('Nothing missing.')
  })
})
