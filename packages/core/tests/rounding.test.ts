import { describe, expect, it } from 'vitest'
import { formatScore, roundHalfUp } from '../src/rounding.js'

describe('formatScore', () => {
  it('prints the integer the band lookup uses (#21)', () => {
    expect(formatScore(42.857142857142854)).toBe('43')
    expect(formatScore(72.6)).toBe(String(roundHalfUp(72.6)))
    expect(formatScore(70)).toBe('70')
  })

  it('rounds half up, also across floating-point noise', () => {
    expect(formatScore(64.5)).toBe('65')
    expect(formatScore(64.49999999999999)).toBe('65')
    expect(formatScore(64.49)).toBe('64')
    expect(formatScore(84.375)).toBe('84')
  })

  it('prints negative differentials without a minus zero', () => {
    expect(formatScore(-22.142857142857146)).toBe('-22')
    expect(formatScore(-0.2)).toBe('0')
    expect(formatScore(-0.5)).toBe('0')
  })
})
