/**
 * `immd engagements import <file.json>`: creates an engagement from an `immd export --format json`
 * document (another organization or instance), all worksheets or nothing.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import type { ImmdClient } from '@immd/sdk/client'
import { ImportEngagementDocument } from '@immd/sdk/generated/graphql'
import { expectPayload } from '@immd/sdk/results'
import { resolveOrganization } from '../connect.js'
import { CliError, EXIT } from '../exit-codes.js'
import { message } from '../messages/translate.js'

/** Options of {@link importEngagementFile}. */
export interface ImportEngagementFileOptions {
  client: ImmdClient
  file: string
  organization?: string | null
}

/** The created engagement. */
export interface ImportEngagementFileResult {
  id: string
  title: string
  organization: string
}

/** Reads the document and imports it. */
export async function importEngagementFile(
  options: ImportEngagementFileOptions,
): Promise<ImportEngagementFileResult> {
  let document: unknown
  try {
    document = JSON.parse(await readFile(options.file, 'utf8'))
  } catch (error) {
    throw CliError.of(
      message('file.notJson', { path: options.file, reason: (error as Error).message }),
      EXIT.USAGE,
    )
  }
  const organization = await resolveOrganization(options.client, options.organization ?? null)
  const { importEngagement } = await options.client.request(ImportEngagementDocument, {
    organizationId: organization.id,
    document,
  })
  const { engagement } = expectPayload(importEngagement)
  return { id: engagement.id, title: engagement.title, organization: organization.slug }
}
