import { describe, expect, it } from 'vitest'
import { type ConsensusRating, summarizeConsensus } from '../src/consensus.js'
import type { AnswerId } from '../src/method-types.js'

function ratingsOf(driverId: string, answers: Array<AnswerId | null>): ConsensusRating[] {
  return answers.map((answer, i) => ({ driverId, intervieweeId: `p${i + 1}`, answer }))
}

describe('summarizeConsensus', () => {
  it('summarises spread, median and distribution per driver', () => {
    const summary = summarizeConsensus([
      ...ratingsOf('D1', ['no', 'yes', 'likely-yes', 'equally-likely']),
      ...ratingsOf('D2', ['likely-yes', 'yes', 'likely-yes']),
    ])
    expect(summary).toHaveLength(10)
    expect(summary[0]).toEqual({
      driverId: 'D1',
      count: 4,
      min: 'no',
      max: 'yes',
      // Steps 0, 2, 3, 4: the lower of the two middle answers.
      median: 'equally-likely',
      spreadSteps: 4,
      disagreement: true,
      distribution: { no: 1, 'likely-no': 0, 'equally-likely': 1, 'likely-yes': 1, yes: 1 },
    })
    expect(summary[1]).toMatchObject({
      count: 3,
      min: 'likely-yes',
      max: 'yes',
      median: 'likely-yes',
      spreadSteps: 1,
      disagreement: false,
    })
  })

  it('takes the lower-middle answer for an even count', () => {
    const [d1] = summarizeConsensus(ratingsOf('D1', ['likely-no', 'likely-yes']))
    expect(d1?.median).toBe('likely-no')
  })

  it('flags disagreement from two steps by default, configurable', () => {
    const ratings = [
      ...ratingsOf('D1', ['equally-likely', 'likely-yes']),
      ...ratingsOf('D2', ['equally-likely', 'yes']),
    ]
    expect(
      summarizeConsensus(ratings)
        .map((d) => d.disagreement)
        .slice(0, 2),
    ).toEqual([false, true])
    expect(
      summarizeConsensus(ratings, { disagreementSteps: 1 })
        .map((d) => d.disagreement)
        .slice(0, 2),
    ).toEqual([true, true])
  })

  it('ignores null answers, keeps the last rating per interviewee and lists unrated drivers', () => {
    const summary = summarizeConsensus([
      { driverId: 'D3', intervieweeId: 'a', answer: 'no' },
      { driverId: 'D3', intervieweeId: 'b', answer: null },
      { driverId: 'D3', intervieweeId: 'a', answer: 'likely-yes' },
      { driverId: 'D3', intervieweeId: 'c', answer: 'yes' },
    ])
    expect(summary[2]).toMatchObject({
      count: 2,
      min: 'likely-yes',
      max: 'yes',
      spreadSteps: 1,
      disagreement: false,
    })
    expect(summary[0]).toMatchObject({
      driverId: 'D1',
      count: 0,
      min: null,
      max: null,
      median: null,
      spreadSteps: 0,
      disagreement: false,
    })
  })

  it('appends ratings of drivers the method does not know', () => {
    const summary = summarizeConsensus(ratingsOf('X9', ['yes']))
    expect(summary.map((d) => d.driverId)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
      'D9',
      'D10',
      'X9',
    ])
    expect(summary[10]).toMatchObject({ count: 1, median: 'yes' })
  })
})
