import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ENGINES } from '../../src/engine.js'
import {
  getEngineSchemaPath,
  readModelSources,
  renderEngineSchema,
} from '../../src/schema-sources.js'

describe('engine schemas', () => {
  it.each(ENGINES)(
    'the committed %s schema is rendered from prisma/models (run `pnpm db:migration <name>` after a model change)',
    async (engine) => {
      const models = await readModelSources()
      const committed = await readFile(getEngineSchemaPath(engine), 'utf8')
      expect(committed).toBe(renderEngineSchema(engine, models))
    },
  )

  it('both engines have identical model blocks; only the header differs', async () => {
    const [sqlite, postgres] = await Promise.all(
      ENGINES.map((engine) => readFile(getEngineSchemaPath(engine), 'utf8')),
    )
    const body = (text: string | undefined) => text?.slice(text.indexOf('// ---- '))
    expect(body(sqlite)).toBe(body(postgres))
    expect(sqlite).toContain('provider = "sqlite"')
    expect(postgres).toContain('provider = "postgresql"')
  })

  it('declares every model the issue lists', async () => {
    const models = (await readModelSources()).map((source) => source.text).join('\n')
    const names = [...models.matchAll(/^model (\w+) \{/gm)].map((match) => match[1])
    expect(names).toEqual(
      expect.arrayContaining([
        'Organization',
        'Team',
        'User',
        'Membership',
        'ApiToken',
        'Session',
        'MethodDefinition',
        'Engagement',
        'EngagementMember',
        'ActivityRecord',
        'ChecklistItem',
        'ScopeEntry',
        'InterviewSession',
        'InterviewParticipant',
        'InterviewRating',
        'Document',
        'DataItem',
        'DataItemDriver',
        'DriverEvaluation',
        'ResultSnapshot',
        'Improvement',
        'ImprovementDataItem',
        'ResultCommunication',
        'LessonLearned',
        'AuditEvent',
      ]),
    )
  })
})
