/**
 * PostGraphile 5 declares Node 22 and calls `Promise.withResolvers` (Node 22+) while serving
 * requests. The bench runs on Node 20, so its process gets this one standard function first.
 *
 * @packageDocumentation
 */
const promise = Promise as unknown as { withResolvers?: () => unknown }
promise.withResolvers ??= () => {
  let resolve: (value: unknown) => void = () => {}
  let reject: (reason?: unknown) => void = () => {}
  const created = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise: created, resolve, reject }
}
