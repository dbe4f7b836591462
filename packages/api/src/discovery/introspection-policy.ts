/**
 * Who may introspect the schema. `off` refuses `__schema`/`__type` at validation (Yoga's plugin);
 * `authenticated` needs the viewer, which is only resolved after validation, so it checks the
 * document again just before execution and answers anonymous requests with UNAUTHENTICATED.
 * `__typename` is not introspection and is always answered.
 *
 * @packageDocumentation
 */
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection'
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { ApiContext } from '../context.js'
import type { IntrospectionMode } from '../security/options.js'

const ANONYMOUS_INTROSPECTION =
  'Introspection is answered to authenticated requests only: send `Authorization: Bearer <API token>` or the session cookie of the console.'

/** The plugin enforcing one {@link IntrospectionMode}; none for `on`. */
export function useIntrospectionPolicy(mode: IntrospectionMode): Plugin[] {
  if (mode === 'on') return []
  if (mode === 'off') return [useDisableIntrospection()]
  return [
    {
      onExecute({ args, setResultAndStopExecution }) {
        const { viewer } = args.contextValue as unknown as ApiContext
        if (viewer.kind === 'user') return
        const violations = validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule])
        if (violations.length === 0) return
        setResultAndStopExecution({
          errors: [
            new GraphQLError(ANONYMOUS_INTROSPECTION, {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ],
        })
      },
    },
  ]
}
