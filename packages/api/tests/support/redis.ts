/**
 * The one message the Redis suites fail with when Redis does not answer: where they looked and how
 * to start one (they never skip; CI starts Redis before the run).
 */
export function describeRedisDown(url: string, error: unknown): string {
  return (
    `Redis at ${url} does not answer (${(error as Error).message}). This suite needs a real Redis: ` +
    'start one (`docker run -d -p 6379:6379 redis:7`, or `apt-get install -y redis-server && ' +
    'redis-server --daemonize yes`), or point REDIS_URL at one.'
  )
}
