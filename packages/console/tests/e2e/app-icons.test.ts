/**
 * The built console ships its favicon and app icons, and the API serves them from the same
 * origin: every icon the page links answers 200 with an image type (no 404 on page load).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Stack, startStack } from './support/stack.js'

describe('app icons', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack()
  })
  afterAll(async () => {
    await stack?.close()
  })

  it('serves /favicon.ico and every icon and manifest the page links', async () => {
    const favicon = await fetch(`${stack.baseUrl}/favicon.ico`)
    expect(favicon.status).toBe(200)
    expect(favicon.headers.get('content-type')).toBe('image/x-icon')
    const ico = Buffer.from(await favicon.arrayBuffer())
    // ICONDIR: reserved 0, type 1 (icon), three images (16, 32 and 48 px).
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3])

    const html = await (await fetch(`${stack.baseUrl}/`)).text()
    const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"/g)]
    expect(links.map((link) => link[1]).sort()).toEqual([
      'apple-touch-icon',
      'icon',
      'icon',
      'manifest',
    ])
    for (const [, rel, href] of links) {
      const response = await fetch(`${stack.baseUrl}${href}`)
      expect(response.status, href).toBe(200)
      expect(response.headers.get('content-type'), href).toMatch(
        rel === 'manifest' ? /^application\/json/ : /^image\//,
      )
    }
    const manifest = (await (await fetch(`${stack.baseUrl}/manifest.json`)).json()) as {
      icons: { src: string }[]
    }
    for (const icon of manifest.icons) {
      expect((await fetch(`${stack.baseUrl}${icon.src}`)).status, icon.src).toBe(200)
    }
  })
})
