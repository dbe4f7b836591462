/**
 * One page of the `engagements` connection with a keyset cursor: the cursor holds the order's
 * value and the id of an edge, and the next page is `(value, id) beyond the cursor's`, read as an
 * index range (`("organizationId", <order column>, id)`, one index per order). A page deep in a
 * cursor walk therefore costs what the first page costs. (Prisma's `cursor` option, used before,
 * becomes a filter on the id: the database still walked and discarded every earlier row.)
 *
 * Totals are null until A4 and sort last in both directions, so the `latestTotal` order reads in
 * two segments: the numbers (`latestTotal IS NOT NULL`, by value and id), then the nulls (by id);
 * each segment is a range of the same index on both engines.
 *
 * @packageDocumentation
 */
import type { Prisma } from '@immd/db/generated/sqlite/client'
import { ValidationError } from '../errors.js'
import type { PortfolioOrder } from '../exports/portfolio-types.js'
import { DEFAULT_MAX_PAGE_SIZE, PageSizeError } from '../pagination.js'

/** The largest page; larger `first`/`last` are refused, as on every connection. */
export const MAX_PAGE_SIZE = DEFAULT_MAX_PAGE_SIZE
/** The page size without `first`/`last`. */
export const DEFAULT_PAGE_SIZE = 20

type OrderValue = string | number | null

/** What a cursor remembers: the order it belongs to, the edge's order value and id. */
interface CursorKey {
  order: string
  value: OrderValue
  id: string
}

/** One ordered range of the page: a condition and the order inside it. */
interface Segment {
  where: Prisma.EngagementWhereInput
  /** The column the keyset compares besides the id (null: the id alone). */
  column: PortfolioOrder['field'] | null
  direction: 'asc' | 'desc'
}

/** A row as the page needs it: the id and the order column (Date for `updatedAt`). */
type KeyedRow = { id: string } & Record<string, unknown>

const orderName = (order: PortfolioOrder) => `${order.field}:${order.direction}`

function segmentsOf(order: PortfolioOrder): Segment[] {
  if (order.field !== 'latestTotal')
    return [{ where: {}, column: order.field, direction: order.direction }]
  return [
    { where: { latestTotal: { not: null } }, column: 'latestTotal', direction: order.direction },
    { where: { latestTotal: null }, column: null, direction: order.direction },
  ]
}

/** The value a cursor stores for a row (dates as ISO text). */
function orderValueOf(row: KeyedRow, field: PortfolioOrder['field']): OrderValue {
  const value = row[field]
  if (value instanceof Date) return value.toISOString()
  return (value ?? null) as OrderValue
}

/** Encodes an opaque cursor for a row in the given order. */
export function encodePortfolioCursor(row: KeyedRow, order: PortfolioOrder): string {
  const key: CursorKey = {
    order: orderName(order),
    value: orderValueOf(row, order.field),
    id: row.id,
  }
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/**
 * Decodes a cursor of this order, or throws a {@link ValidationError} naming the argument: a cursor
 * from another order (or tampered with) would silently skip or repeat rows.
 */
export function decodePortfolioCursor(
  cursor: string,
  order: PortfolioOrder,
  argument: 'after' | 'before',
): CursorKey {
  const refuse = (why: string): never => {
    throw new ValidationError([
      { path: argument, message: `${argument} is not a cursor ${why}.`, code: 'CURSOR_INVALID' },
    ])
  }
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return refuse('of this connection')
  }
  const { order: name, value, id } = (key ?? {}) as Partial<CursorKey>
  if (typeof id !== 'string' || typeof name !== 'string' || value === undefined) {
    return refuse('of this connection')
  }
  if (name !== orderName(order)) {
    return refuse(`of this order (${orderName(order)}); it was issued for ${name}`)
  }
  const expected = order.field === 'latestTotal' ? 'number' : 'string'
  if (value !== null && typeof value !== expected) return refuse('of this connection')
  if (value === null && order.field !== 'latestTotal') return refuse('of this connection')
  if (order.field === 'updatedAt' && Number.isNaN(new Date(value as string).getTime())) {
    return refuse('of this connection')
  }
  return { order: name, value, id }
}

/** Rows strictly beyond `key` inside `segment`, walking in `direction`. */
function beyondKey(segment: Segment, key: CursorKey, direction: 'asc' | 'desc') {
  const beyond = direction === 'asc' ? 'gt' : 'lt'
  const from = direction === 'asc' ? 'gte' : 'lte'
  const idBeyond = { id: { [beyond]: key.id } }
  if (segment.column === null) return idBeyond
  const value = segment.column === 'updatedAt' ? new Date(key.value as string) : key.value
  // `column >= value` makes the index range start at the cursor; the OR breaks ties by id.
  return {
    [segment.column]: { [from]: value },
    OR: [{ [segment.column]: { [beyond]: value } }, { [segment.column]: value, ...idBeyond }],
  } as Prisma.EngagementWhereInput
}

/** Whether the cursor's row lies in the segment (a null total lies in the nulls' segment). */
const holdsKey = (segment: Segment, key: CursorKey) =>
  segment.column === null ? key.value === null : key.value !== null

/** Options of {@link readPortfolioPage}. */
export interface ReadPortfolioPageOptions<Row extends KeyedRow> {
  where: Prisma.EngagementWhereInput
  order: PortfolioOrder
  args: {
    first?: number | null
    after?: string | null
    last?: number | null
    before?: string | null
  }
  /** Reads rows (the caller adds its selection, including `id` and the order column). */
  findMany(query: {
    where: Prisma.EngagementWhereInput
    orderBy: Prisma.EngagementOrderByWithRelationInput[]
    take: number
  }): Promise<Row[]>
}

/** A page: its rows in the connection's order, and whether more lie beyond either end. */
export interface PortfolioPage<Row> {
  rows: Row[]
  hasNextPage: boolean
  hasPreviousPage: boolean
}

function pageSize(value: number | null | undefined, argument: 'first' | 'last'): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE
  if (!Number.isInteger(value) || value < 0) {
    throw new ValidationError([
      { path: argument, message: `${argument} must be 0 or more.`, code: 'TOO_SMALL', limit: 0 },
    ])
  }
  if (value > MAX_PAGE_SIZE) throw new PageSizeError(argument, value, MAX_PAGE_SIZE)
  return value
}

/**
 * Reads one page: forward (`first`/`after`) or backward (`last`/`before`, read in the reverse order
 * and turned around), one statement per segment it touches (one, except where the totals' page
 * crosses from numbers to nulls).
 */
export async function readPortfolioPage<Row extends KeyedRow>(
  options: ReadPortfolioPageOptions<Row>,
): Promise<PortfolioPage<Row>> {
  const { order, args } = options
  const backward = (args.last !== null && args.last !== undefined) || !!args.before
  const size = backward ? pageSize(args.last, 'last') : pageSize(args.first, 'first')
  const cursor = backward ? args.before : args.after
  const key = cursor ? decodePortfolioCursor(cursor, order, backward ? 'before' : 'after') : null
  const flip = (direction: 'asc' | 'desc') =>
    backward ? (direction === 'asc' ? 'desc' : 'asc') : direction
  const segments = backward ? segmentsOf(order).reverse() : segmentsOf(order)
  // Segments before the cursor's own are behind it; the cursor's segment starts beyond it.
  const start = key ? segments.findIndex((segment) => holdsKey(segment, key)) : 0
  const rows: Row[] = []
  for (const segment of segments.slice(Math.max(start, 0))) {
    const wanted = size + 1 - rows.length
    if (wanted <= 0) break
    const direction = flip(segment.direction)
    const conditions = [options.where, segment.where]
    if (key && holdsKey(segment, key)) conditions.push(beyondKey(segment, key, direction))
    const orderBy: Prisma.EngagementOrderByWithRelationInput[] = [
      ...(segment.column ? [{ [segment.column]: direction }] : []),
      { id: direction },
    ]
    rows.push(...(await options.findMany({ where: { AND: conditions }, orderBy, take: wanted })))
  }
  const more = rows.length > size
  const page = rows.slice(0, size)
  if (backward) page.reverse()
  return {
    rows: page,
    hasNextPage: backward ? !!args.before : more,
    hasPreviousPage: backward ? more : !!args.after,
  }
}
