/**
 * The per-request GraphQL context: the database handle, the viewer, fresh DataLoaders and the
 * event bus. Built by Yoga for every request (see `yoga.ts`).
 *
 * @packageDocumentation
 */
import { resolveViewer, type Viewer } from './auth/viewer.js'
import type { ApiDatabase } from './database.js'
import { createLoaders, type Loaders } from './loaders.js'
import type { ApiPubSub } from './pubsub.js'

export interface ApiContext {
  db: ApiDatabase
  viewer: Viewer
  loaders: Loaders
  pubsub: ApiPubSub
}

/** Options of {@link createContext}. */
export interface CreateContextOptions {
  db: ApiDatabase
  pubsub: ApiPubSub
  request: Request
  devViewerEmail?: string | null
}

/** Resolves the viewer and creates the request's loaders. */
export async function createContext(options: CreateContextOptions): Promise<ApiContext> {
  const { db, pubsub, request } = options
  const viewer = await resolveViewer({
    prisma: db.prisma,
    request,
    devViewerEmail: options.devViewerEmail,
  })
  return { db, viewer, loaders: createLoaders(db.prisma), pubsub }
}
