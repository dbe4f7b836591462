/**
 * A small Pothos plugin that makes authorization total and first:
 *
 * 1. **Default deny.** Every object type and every Query/Mutation/Subscription field that declares
 *    no `authScopes` gets `{ authenticated: true }`; what anonymous requests may see is declared
 *    with `{ public: true }`. So no type or field is outside scope-auth.
 * 2. **Authorize before validating.** Input validation (`@pothos/plugin-validation`) runs as an
 *    argument mapper, i.e. before any resolver wrapper, so unauthorized callers would learn from
 *    its messages. Here its failure is held back and thrown inside scope-auth's wrapper: callers
 *    who may not run the field get UNAUTHENTICATED/FORBIDDEN, never a validation message.
 *
 * List it right before `ValidationPlugin` (see `builder.ts`): its `onOutputFieldConfig` then sees
 * exactly the mappers the validation plugin added, and its `wrapResolve` sits inside scope-auth.
 *
 * @packageDocumentation
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosTypeConfig,
  type SchemaTypes,
} from '@pothos/core'
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql'

const pluginName = 'immdAuthorization'

const ROOT_KINDS = new Set(['Query', 'Mutation', 'Subscription'])
const DEFAULT_SCOPES = { authenticated: true }

type ArgMapper = (
  args: Record<string, unknown>,
  context: object,
  info: GraphQLResolveInfo,
) => unknown

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function'

export class ImmdAuthorizationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** Validation failures waiting for authorization, per field resolution. */
  private readonly deferred = new WeakMap<GraphQLResolveInfo, unknown>()

  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind !== 'Object' || typeConfig.pothosOptions.authScopes) return typeConfig
    return {
      ...typeConfig,
      pothosOptions: { ...typeConfig.pothosOptions, authScopes: DEFAULT_SCOPES },
    } as PothosTypeConfig
  }

  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    let config = fieldConfig
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType)
    if (ROOT_KINDS.has(parent.kind) && !config.pothosOptions.authScopes) {
      config = {
        ...config,
        pothosOptions: { ...config.pothosOptions, authScopes: DEFAULT_SCOPES },
      } as typeof config
    }
    if (!config.argMappers.length) return config
    // Every mapper present now was added by the validation plugin (listed after this one).
    return {
      ...config,
      argMappers: config.argMappers.map((mapper) => this.deferFailures(mapper as ArgMapper)),
    } as typeof config
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!fieldConfig.argMappers.length) return resolver
    return (parent, args, context, info) => {
      if (this.deferred.has(info)) {
        const error = this.deferred.get(info)
        this.deferred.delete(info)
        throw error
      }
      return resolver(parent, args, context, info)
    }
  }

  override wrapSubscribe(
    subscribe: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    return subscribe && this.wrapResolve(subscribe, fieldConfig)
  }

  /** Runs a validating mapper; on failure keeps the original arguments and remembers the error. */
  private deferFailures(mapper: ArgMapper): ArgMapper {
    return (args, context, info) => {
      const hold = (error: unknown) => {
        this.deferred.set(info, error)
        return args
      }
      try {
        const mapped = mapper(args, context, info)
        return isThenable(mapped) ? Promise.resolve(mapped).catch(hold) : mapped
      } catch (error) {
        return hold(error)
      }
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ImmdAuthorizationPlugin)

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      immdAuthorization: ImmdAuthorizationPlugin<Types>
    }
  }
}

export default pluginName
