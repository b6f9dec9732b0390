import { describe, expect, it } from 'vitest'
import type { SyncItem, SyncList } from '../../../shared/contract'
import { readOutcome } from './useCommandWatch'

const item = (over: Partial<SyncItem>): SyncItem => ({
  id: 'c1',
  seq: 1,
  type: 'violation.process',
  typeName: '处理违法',
  summary: '粤B12345 违法记录1，决定书临-AB12-000001',
  operatorName: '陈晓梅',
  createdAt: '2026-11-21T17:00:00.000+08:00',
  status: 'pending',
  settled: false,
  attempts: 0,
  lastError: null,
  reasonCode: null,
  reasonMessage: null,
  localConflict: null,
  assignedNo: null,
  resolution: null,
  ...over
})

const list = (over: Partial<SyncList>): SyncList => ({ pending: [], rejected: [], recent: [], ...over })

describe('readOutcome', () => {
  it('waits while the action is pending or not listed', () => {
    expect(readOutcome(list({ pending: [item({})] }), 'c1')).toEqual({ outcome: { kind: 'waiting' }, settled: false })
    expect(readOutcome(list({}), 'c1')).toEqual({ outcome: { kind: 'waiting' }, settled: false })
  })

  it('shows central’s number as soon as it is applied, settled once its rows are pulled', () => {
    const applied = item({ status: 'applied', assignedNo: '440305000000001' })
    expect(readOutcome(list({ recent: [applied] }), 'c1')).toEqual({
      outcome: { kind: 'confirmed', decisionNo: '440305000000001' },
      settled: false
    })
    expect(readOutcome(list({ recent: [{ ...applied, settled: true }] }), 'c1').settled).toBe(true)
  })

  it('reports a rejection with central’s words', () => {
    const rejected = item({ status: 'rejected', reasonCode: 'ALREADY_PROCESSED', reasonMessage: '违法记录1已处理' })
    expect(readOutcome(list({ rejected: [rejected] }), 'c1')).toEqual({
      outcome: { kind: 'rejected', message: '违法记录1已处理' },
      settled: true
    })
  })
})
