/**
 * Reads an inventory file and its staff CSV: `--staff <file>`, else `<name>.staff.csv` or
 * `<name>-staff.csv` next to a CSV inventory when such a file exists.
 *
 * @packageDocumentation
 */
import { access, readFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { CliError, EXIT } from './exit-codes.js'
import { message } from './messages/translate.js'

/** The inventory text and, if any, the staff CSV text with their paths. */
export interface InventoryFiles {
  file: string
  text: string
  staffFile: string | null
  staffCsv: string | null
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

async function readText(path: string, kind: 'inventory' | 'staff'): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw CliError.of(
      message('file.unreadable', { kind, path, reason: (error as Error).message }),
      EXIT.USAGE,
    )
  }
}

/** Reads the inventory and finds its staff CSV. */
export async function readInventoryFiles(options: {
  file: string
  staffFile?: string | null
}): Promise<InventoryFiles> {
  const text = await readText(options.file, 'inventory')
  let staffFile = options.staffFile ?? null
  if (!staffFile && extname(options.file).toLowerCase() === '.csv') {
    const stem = basename(options.file, extname(options.file))
    for (const candidate of [`${stem}.staff.csv`, `${stem}-staff.csv`]) {
      const path = join(dirname(options.file), candidate)
      if (await exists(path)) {
        staffFile = path
        break
      }
    }
  }
  const staffCsv = staffFile ? await readText(staffFile, 'staff') : null
  return { file: options.file, text, staffFile, staffCsv }
}
