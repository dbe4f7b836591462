/**
 * CPU time a contender's process has used (user + system, from `/proc/<pid>/stat`), so the bench
 * reports CPU per request beside requests per second: on a shared machine throughput moves with
 * the neighbours' load, CPU per request much less.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'

/** Linux's USER_HZ: `/proc` reports CPU time in these ticks. */
const CLOCK_TICKS_PER_SECOND = 100

/** CPU milliseconds the process has used since it started; null where `/proc` is absent. */
export async function readProcessCpuMs(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
  if (!stat) return null
  // The command name (2nd field) may hold spaces; utime and stime are the 14th and 15th fields.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
}
