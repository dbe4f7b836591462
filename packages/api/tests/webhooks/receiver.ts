/**
 * A real HTTP receiver on a loopback port for the webhook tests: records every request (headers
 * and raw body) and answers with the statuses queued for it (200 once the queue is empty), after
 * an optional delay.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the receiver got. */
export interface ReceivedRequest {
  headers: Record<string, string>
  body: string
}

/** A running receiver. */
export interface Receiver {
  url: string
  received: ReceivedRequest[]
  /** Statuses to answer the next requests with, in order. */
  answers: number[]
  /** Milliseconds to wait before answering. */
  delayMs: number
  close(): Promise<void>
}

/** Starts a receiver on 127.0.0.1 at a free port. */
export async function startReceiver(): Promise<Receiver> {
  const receiver: Omit<Receiver, 'url' | 'close'> = { received: [], answers: [], delayMs: 0 }
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [key, String(value)]),
      )
      receiver.received.push({ headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = receiver.answers.shift() ?? 200
      setTimeout(() => response.writeHead(status).end(), receiver.delayMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
