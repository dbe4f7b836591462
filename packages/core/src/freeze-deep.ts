/**
 * Recursive `Object.freeze` for plain data (objects and arrays).
 *
 * @packageDocumentation
 */

/**
 * Freezes `value` and everything reachable from it, then returns it with its type unchanged.
 *
 * The static type stays mutable on purpose: built-in method definitions must remain assignable to
 * `MethodDefinition`, which other modules code against, while any accidental write to shared built-in
 * data still fails loudly at run time (ES modules run in strict mode, so writes to frozen objects throw).
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freezeDeep(child)
    Object.freeze(value)
  }
  return value
}
