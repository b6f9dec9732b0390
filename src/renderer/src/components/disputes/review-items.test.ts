import { describe, expect, it } from 'vitest'
import type { SyncItem } from '../../../../shared/contract'
import type { BindingReviewItem } from '../../../../shared/contract/workflows/binding-schemas'
import type { DisputeSummary } from '../../../../shared/contract/workflows/disputes-schemas'
import { NO_FILTER, clerksOf, filterItems, reviewItems } from './review-items'

const NOW = Date.parse('2026-11-21T10:00:00+08:00')

const dispute = (id: string, proposedAt: string, proposedBy: string): DisputeSummary => ({
  id,
  record: {
    id: `v-${id}`,
    recordNo: `R${id}`,
    source: 'camera',
    plate: '粤B12345',
    plateTypeName: '小型汽车',
    code: '1625',
    behaviour: '闯红灯',
    fineFen: 20000,
    points: 6,
    occurredAt: '2026-11-01T08:00:00+08:00',
    place: '深南大道',
    regionName: '440305',
    discoveringOrgan: '南山大队',
    status: 'disputed'
  },
  personId: 'p',
  personName: '张三',
  ground: 'plate_misrecorded',
  status: 'proposed',
  outcome: 'void',
  filedAt: '2026-11-01T09:00:00+08:00',
  filedBy: proposedBy,
  proposedAt,
  proposedBy,
  proposerNo: '100001',
  reviewedBy: null,
  reviewComment: null,
  resolvedAt: null,
  awaitingCentral: false
})

const binding = (id: string, requestedAt: string): BindingReviewItem => ({
  bindingId: id,
  personName: '李四',
  idNumberMasked: '440***********1234',
  plate: '粤B54321',
  plateTypeName: '小型汽车',
  model: '大众',
  consent: 'owner_present',
  requestedAt,
  proposerName: '刘建国',
  proposerNo: '100002',
  place: '南山大队',
  ownProposal: false,
  awaitingCentral: false
})

const conflict = (id: string, createdAt: string, settled: boolean): SyncItem => ({
  id,
  seq: 1,
  type: 'violation.process',
  typeName: '处理违法',
  summary: '粤B99999 违法记录1',
  operatorName: '张伟',
  createdAt,
  status: 'rejected',
  settled: true,
  attempts: 1,
  lastError: null,
  reasonCode: 'ALREADY_PROCESSED',
  reasonMessage: '已处理',
  localConflict: null,
  assignedNo: null,
  resolution: settled ? { kind: 'void', by: '王振华', at: createdAt, comment: '作废' } : null
})

const names = { dispute: () => '异议', binding: () => '备案' }

describe('the 审核 list', () => {
  const items = reviewItems(
    [dispute('1', '2026-11-21T09:00:00+08:00', '张伟（100001）'), dispute('2', '2026-11-15T09:00:00+08:00', '刘建国（100002）')],
    [binding('b', '2026-11-19T09:00:00+08:00')],
    [conflict('c', '2026-11-20T09:00:00+08:00', false), conflict('d', '2026-11-20T09:00:00+08:00', true)],
    names
  )

  it('puts disputes, bindings and open refused actions in one list, oldest first; settled ones are gone', () => {
    expect(items.map((i) => i.key)).toEqual(['dispute-2', 'binding-b', 'conflict-c', 'dispute-1'])
  })

  it('filters by type, age and clerk', () => {
    const keys = (f: Parameters<typeof filterItems>[1]) => filterItems(items, f, NOW, '2026-11-21').map((i) => i.key)
    expect(keys(NO_FILTER)).toHaveLength(4)
    expect(keys({ ...NO_FILTER, kind: 'dispute' })).toEqual(['dispute-2', 'dispute-1'])
    expect(keys({ ...NO_FILTER, age: 'today' })).toEqual(['dispute-1'])
    expect(keys({ ...NO_FILTER, age: 'over1' })).toEqual(['dispute-2', 'binding-b', 'conflict-c'])
    expect(keys({ ...NO_FILTER, age: 'over3' })).toEqual(['dispute-2'])
    expect(keys({ ...NO_FILTER, clerk: '刘建国（100002）' })).toEqual(['dispute-2', 'binding-b'])
    expect(clerksOf(items)).toEqual(['刘建国（100002）', '张伟', '张伟（100001）'].sort())
  })
})
