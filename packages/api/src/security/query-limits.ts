/**
 * Limits on what one GraphQL document may ask for (graphql-armor's Envelop plugins: depth,
 * aliases with `__typename` counted, tokens, directives, cost), field suggestions and introspection
 * per environment, and an execution timeout. Every rejection is a GraphQL error naming the limit.
 *
 * @packageDocumentation
 */

import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions'
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives'
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens'
import {
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
  type ValidationContext,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { useIntrospectionPolicy } from '../discovery/introspection-policy.js'
import { useArgumentLimits } from './argument-limits.js'
import type { SecurityOptions } from './options.js'

/** The Yoga/Envelop plugins enforcing {@link SecurityOptions.limits} and friends. */
export function useQueryLimits(options: SecurityOptions): Plugin[] {
  const { limits } = options
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    // Introspection is bounded like any other operation (graphql-armor exempts it by default).
    // Fragments count as if written inline: depth and cost are the response's, not the document's
    // (else a client's fragments, such as the introspection query's TypeRef, each add a level).
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      ...reportAs('DEPTH_LIMIT_EXCEEDED'),
    }) as Plugin,
    // An empty allow list: `a1: __typename a2: __typename …` counts like any other alias.
    maxAliasesPlugin({
      n: limits.maxAliases,
      allowList: [],
      ...reportAs('ALIAS_LIMIT_EXCEEDED'),
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      ...reportAs('DIRECTIVE_LIMIT_EXCEEDED'),
    }) as Plugin,
    costLimitPlugin({
      maxCost: limits.maxCost,
      ignoreIntrospection: false,
      flattenFragments: true,
      ...reportAs('COST_LIMIT_EXCEEDED'),
    }) as Plugin,
    // The limits above read the document only; list arguments come from variables too.
    useArgumentLimits({
      maxListArgumentLength: limits.maxListArgumentLength,
      maxNodeIds: limits.maxNodeIds,
      maxCost: limits.maxCost,
    }),
    useExecutionTimeout(limits.executionTimeoutMs),
  ]
  if (!options.fieldSuggestions) {
    plugins.push(blockFieldSuggestionsPlugin() as Plugin, useNoEnumSuggestions())
  }
  plugins.push(...useIntrospectionPolicy(options.introspection))
  return plugins
}

/**
 * graphql-armor words its validation refusals "Syntax Error: …" although the document parsed:
 * they are reported instead as validation errors with the limit's own code.
 */
function reportAs(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error:\s*/, '')
        context?.reportError(new GraphQLError(message, { extensions: { code } }))
      },
    ],
  }
}

/**
 * Answers a query that runs longer than `timeoutMs` with a TIMEOUT error (its resolvers finish in
 * the background). Mutations are left to their transaction's own timeout.
 */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  const timedOut = (): ExecutionResult => ({
    errors: [
      new GraphQLError(
        `The operation was stopped after ${timeoutMs} ms (the execution time limit).`,
        { extensions: { code: 'TIMEOUT', http: { status: 503 } } },
      ),
    ],
  })
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        // Mutations are bounded by their transaction's timeout; answering TIMEOUT for a write that
        // then commits would mislead the client.
        if (getOperationAST(args.document, args.operationName)?.operation !== 'query') {
          return executeFn(args)
        }
        const started = performance.now()
        let timer: NodeJS.Timeout | undefined
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => resolve(timedOut()), timeoutMs)
        })
        // Work that never yields to the event loop (synchronous SQLite) cannot be raced by a
        // timer: its result is withheld when it came in late.
        const run = Promise.resolve(executeFn(args) as ExecutionResult).then((result) =>
          performance.now() - started > timeoutMs ? timedOut() : result,
        )
        return Promise.race([run, timeout]).finally(() => clearTimeout(timer))
      })
    },
  }
}

// Not global: `test` on a global expression would carry `lastIndex` from one message to the next.
const SUGGESTION = /\s*Did you mean [^?]*\?/

/**
 * Strips graphql-js's enum hints ("Did you mean the enum value …?") from every error message,
 * from validation and from variable coercion alike: graphql-armor's suggestion blocker only covers
 * fields, and the hints let a caller enumerate values without introspection.
 */
export function useNoEnumSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) {
        return
      }
      const errors = (result as ExecutionResult).errors
      if (!errors?.some((error) => SUGGESTION.test(error.message))) return
      setResult({
        ...(result as ExecutionResult),
        errors: errors.map(
          (error) =>
            new GraphQLError(error.message.replace(SUGGESTION, ''), {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              path: error.path,
              originalError: error.originalError,
              extensions: error.extensions,
            }),
        ),
      })
    },
  }
}
