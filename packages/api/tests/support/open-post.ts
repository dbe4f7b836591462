/**
 * A POST to a real HTTP server whose body the test writes piece by piece (or never), so a test can
 * see whether the server answered from the headers alone or while the body was still coming.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

/** The server's answer to an {@link openPost}. */
export interface PostAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
  /** Body bytes the client had written when the answer's head arrived. */
  writtenBeforeAnswer: number
}

/** An open POST: write parts of its body, end it, or drop it. */
export interface OpenPost {
  /** Resolves when the whole answer has arrived (whether or not the body was sent). */
  answer: Promise<PostAnswer>
  /** Whether the answer's head has arrived. */
  answered(): boolean
  /** Writes part of the body, waiting for the socket to drain. */
  write(part: string | Uint8Array): Promise<void>
  end(part?: string): void
  /** Closes the connection (after an answer that came before the body was sent). */
  destroy(): void
}

/**
 * Opens `POST url` with the given headers and JSON content type. Without `content-length` the body
 * goes chunked. Nothing is written until the test calls `write`/`end`.
 */
export function openPost(url: string, headers: Record<string, string>): OpenPost {
  const client = httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    agent: false,
  })
  // Send the head now, even when no body follows.
  client.flushHeaders()
  let written = 0
  let answeredAt: number | null = null
  const answer = new Promise<PostAnswer>((resolve, reject) => {
    client.on('response', (response) => {
      answeredAt = written
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        text += chunk
      })
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text,
          writtenBeforeAnswer: answeredAt ?? written,
        }),
      )
    })
    client.on('error', (error) => {
      // A reset after the answer (the test dropping the connection) is not a failure.
      if (answeredAt === null) reject(error)
    })
  })
  return {
    answer,
    answered: () => answeredAt !== null,
    write: (part) =>
      new Promise<void>((resolve, reject) => {
        written += typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength
        client.write(part, (error) => (error ? reject(error) : resolve()))
      }),
    end: (part) => {
      if (part) written += Buffer.byteLength(part)
      client.end(part)
    },
    destroy: () => client.destroy(),
  }
}
