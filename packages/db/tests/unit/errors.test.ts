import { describe, expect, it } from 'vitest'
import {
  AppendOnlyError,
  ForeignKeyError,
  NotFoundError,
  toDatabaseError,
  UniqueConstraintError,
} from '../../src/errors.js'

/** The shape of Prisma's known request errors as the driver adapters produce them. */
function knownError(code: string, meta: Record<string, unknown>): Error {
  return Object.assign(new Error(code), { name: 'PrismaClientKnownRequestError', code, meta })
}

describe('toDatabaseError', () => {
  it('maps SQLite unique violations with their fields', () => {
    const error = toDatabaseError(
      knownError('P2002', {
        modelName: 'Team',
        driverAdapterError: { cause: { constraint: { fields: ['organizationId', 'shortName'] } } },
      }),
    )
    expect(error).toBeInstanceOf(UniqueConstraintError)
    expect(error).toMatchObject({
      code: 'UNIQUE_CONSTRAINT',
      model: 'Team',
      fields: ['organizationId', 'shortName'],
    })
  })

  it('maps PostgreSQL unique violations by their index name', () => {
    const error = toDatabaseError(
      knownError('P2002', {
        modelName: 'Team',
        driverAdapterError: {
          cause: { constraint: { index: 'Team_organizationId_shortName_key' } },
        },
      }),
    )
    expect(error).toMatchObject({ fields: ['organizationId', 'shortName'] })
  })

  it('maps foreign-key violations, with the field when the engine names the constraint', () => {
    const pg = toDatabaseError(
      knownError('P2003', {
        modelName: 'Team',
        driverAdapterError: { cause: { constraint: { index: 'Team_organizationId_fkey' } } },
      }),
    )
    expect(pg).toBeInstanceOf(ForeignKeyError)
    expect(pg).toMatchObject({ model: 'Team', field: 'organizationId' })
    expect(toDatabaseError(knownError('P2003', { modelName: 'Team' }))).toMatchObject({
      field: null,
    })
  })

  it('maps P2025 and the audit trigger; leaves other errors alone', () => {
    expect(toDatabaseError(knownError('P2025', { modelName: 'Engagement' }))).toBeInstanceOf(
      NotFoundError,
    )
    const trigger = knownError('P2003', {
      driverAdapterError: { cause: { originalMessage: 'AuditEvent is append-only' } },
    })
    expect(toDatabaseError(trigger)).toBeInstanceOf(AppendOnlyError)
    const other = new Error('boom')
    expect(toDatabaseError(other)).toBe(other)
  })
})
