/**
 * Helpers of the trusted-documents tests: a console folder whose `persisted-documents.json` is
 * written the way graphql-codegen's client preset writes it, raw GraphQL POSTs (by id or by text,
 * with any headers) and the first event of a Server-Sent Events answer.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Api } from '../../src/yoga.js'
import type { OperationResult } from './execute.js'

/** The id of a document: the SHA-256 hex digest of its text. */
export const documentId = (text: string) => createHash('sha256').update(text).digest('hex')

/** A fresh console folder (`index.html` + the manifest `{ "sha256:<id>": text }`); returns its path. */
export async function writeConsoleFolder(documents: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'immd-trusted-'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>IMMD</title>')
  const manifest = Object.fromEntries(documents.map((text) => [`sha256:${documentId(text)}`, text]))
  await writeFile(join(dir, 'persisted-documents.json'), JSON.stringify(manifest, null, 2))
  return dir
}

/** POSTs a GraphQL body as given (`query`, `documentId` or `extensions`) and parses the answer. */
export async function post<T = Record<string, unknown>>(
  yoga: Api,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: OperationResult<T> }> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { response, body: (await response.json()) as OperationResult<T> }
}

/** The error code of the first error of an answer. */
export const errorCode = (result: OperationResult<unknown>) => result.errors?.[0]?.extensions?.code

/** An open event stream: `first` resolves with the first `data:` payload. */
export interface EventStream {
  first: Promise<Record<string, unknown>>
  close(): Promise<void>
}

/** POSTs a subscription with `Accept: text/event-stream` and starts reading its events. */
export async function openEventStream(
  yoga: Api,
  body: Record<string, unknown>,
  headers: Record<string, string>,
  timeoutMs = 5000,
): Promise<EventStream> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(body),
  })
  const reader = response.body?.getReader()
  if (!reader) throw new Error(`no event stream (HTTP ${response.status})`)
  const read = async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    for (;;) {
      const data = /(?:^|\n)data:(.*)\n\n/.exec(buffer)?.[1]?.trim()
      if (data) return JSON.parse(data) as Record<string, unknown>
      const chunk = await reader.read()
      if (chunk.done) throw new Error(`the stream ended without an event: ${buffer}`)
      buffer += decoder.decode(chunk.value, { stream: true })
    }
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no event within the timeout')), timeoutMs).unref(),
  )
  return {
    first: Promise.race([read(), timeout]),
    close: () => reader.cancel().catch(() => undefined),
  }
}
