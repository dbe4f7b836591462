/** Global plugins for component tests: the real English i18n and RouterLink stubbed as <a>. */
import { createAppI18n } from '../../src/i18n'

export function createMountOptions() {
  return {
    global: {
      plugins: [createAppI18n()],
      stubs: { RouterLink: { props: ['to'], template: '<a><slot /></a>' } },
    },
  }
}
