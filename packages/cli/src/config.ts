/**
 * Where `immd` finds the API and its token: flags, then the environment (`IMMD_API_URL`,
 * `IMMD_TOKEN`, `IMMD_ORGANIZATION`, `IMMD_CONFIG`), then a JSON config file
 * (`--config`, else `$XDG_CONFIG_HOME/immd/config.json`, else `~/.config/immd/config.json`),
 * then the default URL `http://localhost:4000/graphql`.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { CliError, EXIT } from './exit-codes.js'
import { message } from './messages/translate.js'

/** The default API endpoint (`pnpm start` serves it). */
export const DEFAULT_API_URL = 'http://localhost:4000/graphql'

/** What the config file may hold. */
export interface ConfigFile {
  apiUrl?: string
  token?: string
  organization?: string
}

/** The resolved configuration of one invocation. */
export interface CliConfig {
  apiUrl: string
  token: string | null
  organization: string | null
  /** The config file that was read, if any. */
  configFile: string | null
}

/** Options of {@link resolveConfig}: the global flags and the process environment. */
export interface ResolveConfigOptions {
  flags: { apiUrl?: string; token?: string; organization?: string; config?: string }
  env: Record<string, string | undefined>
  /** Home directory (default `os.homedir()`); tests pass a temporary one. */
  home?: string
}

/** `http://host:4000` → `http://host:4000/graphql`; a URL with a path is kept as given. */
export function normalizeApiUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw CliError.of(message('config.badUrl', { value, example: DEFAULT_API_URL }), EXIT.USAGE)
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql'
  return url.toString()
}

/** The default config file path. */
export function defaultConfigPath(env: Record<string, string | undefined>, home: string): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'immd', 'config.json')
}

async function readConfigFile(path: string, required: boolean): Promise<ConfigFile | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw CliError.of(
      message('config.unreadable', { path, reason: (error as Error).message }),
      EXIT.USAGE,
    )
  }
  try {
    const parsed = JSON.parse(text) as unknown
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object')
    return parsed as ConfigFile
  } catch (error) {
    throw CliError.of(
      message('config.notObject', { path, reason: (error as Error).message }),
      EXIT.USAGE,
    )
  }
}

/** Resolves the configuration (see the module comment for the order). */
export async function resolveConfig(options: ResolveConfigOptions): Promise<CliConfig> {
  const { flags, env } = options
  const explicit = flags.config ?? env.IMMD_CONFIG
  const path = explicit ?? defaultConfigPath(env, options.home ?? homedir())
  const file = await readConfigFile(path, explicit !== undefined)
  const pick = (...values: (string | undefined)[]) =>
    values.find((value) => value !== undefined && value !== '') ?? null
  return {
    apiUrl: normalizeApiUrl(pick(flags.apiUrl, env.IMMD_API_URL, file?.apiUrl) ?? DEFAULT_API_URL),
    token: pick(flags.token, env.IMMD_TOKEN, file?.token),
    organization: pick(flags.organization, env.IMMD_ORGANIZATION, file?.organization),
    configFile: file ? path : null,
  }
}
