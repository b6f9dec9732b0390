import { describe, expect, it } from 'vitest'
import { ONLINE_TABLE } from './cases/online.test-support'
import { WINDOW_TABLE } from './cases/window.test-support'
import { runCase } from './cases/fixtures.test-support'
import { closedRecordFindings } from './closed-record'

// The service answers closed history rows with closedRecordFindings instead of a full evaluation;
// that is only allowed because both give the clerk exactly the same verdict.
describe('closed records: the shortcut equals the full evaluation', () => {
  const statuses = ['processed', 'paid', 'pending_sync', 'voided'] as const
  for (const status of statuses) {
    it(`online_self_service, ${status}`, () => {
      const full = runCase(ONLINE_TABLE, { name: '', change: (f) => void (f.violation.status = status), denials: [] })
      const facts = ONLINE_TABLE.base()
      const shortcut = closedRecordFindings('online_self_service', { recordNo: facts.violation.recordNo, status, disputed: false })
      expect(shortcut.length).toBeGreaterThan(0)
      expect({ denials: full.denials, warnings: full.warnings, consequences: full.consequences }).toEqual({ denials: shortcut, warnings: [], consequences: [] })
    })
    it(`window_process, ${status}`, () => {
      const full = runCase(WINDOW_TABLE, { name: '', change: (f) => void (f.violation.status = status), denials: [] })
      const facts = WINDOW_TABLE.base()
      const shortcut = closedRecordFindings('window_process', { recordNo: facts.violation.recordNo, status, disputed: false })
      expect({ denials: full.denials, warnings: full.warnings, consequences: full.consequences }).toEqual({ denials: shortcut, warnings: [], consequences: [] })
    })
  }

  it('says nothing about an open record', () => {
    expect(closedRecordFindings('window_process', { status: 'unprocessed', disputed: true })).toEqual([])
  })
})
