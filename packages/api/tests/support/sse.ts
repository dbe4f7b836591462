/**
 * Subscriptions over Server-Sent Events in process: POST the operation with
 * `Accept: text/event-stream` to `yoga.fetch` and read the `data:` lines of the stream.
 */
import type { Api } from '../../src/yoga.js'

/** An open SSE subscription. */
export interface SseSubscription {
  /** The next `data:` payload (parsed JSON), or null when the stream ended. */
  next(timeoutMs?: number): Promise<Record<string, unknown> | null>
  close(): Promise<void>
}

/** Opens a subscription; the server subscribes once the stream is being read. */
export async function subscribe(
  yoga: Api,
  options: {
    query: string
    variables?: Record<string, unknown>
    token?: string
    /** Extra headers, e.g. a session cookie and its CSRF token. */
    headers?: Record<string, string>
  },
): Promise<SseSubscription> {
  const headers: Record<string, string> = {
    accept: 'text/event-stream',
    'content-type': 'application/json',
    ...options.headers,
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
  })
  if (!response.body) throw new Error(`no event stream (HTTP ${response.status})`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null
  return {
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const end = buffer.indexOf('\n\n')
        if (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n')
          if (data) return JSON.parse(data) as Record<string, unknown>
          continue
        }
        pending ??= reader.read()
        const timer = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())),
        )
        const chunk = await Promise.race([pending, timer])
        if (chunk === 'timeout') throw new Error('no event within the timeout')
        pending = null
        if (chunk.done) return null
        buffer += decoder.decode(chunk.value, { stream: true })
      }
    },
    async close() {
      await reader.cancel().catch(() => {})
    },
  }
}
