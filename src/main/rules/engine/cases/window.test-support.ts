// window_process rule table. Baseline: cq window, camera record of 200 yuan / 6 points, driver
// with 0 points, workstation online: allowed, with the points and payment consequences.
// Test-only.
import type { ActionFacts } from '../facts-schemas'
import { WHERE, windowFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type F = ActionFacts<'window_process'>

const cases: RuleCase<F>[] = [
  { name: 'seed 002 一: the window still processes everything (baseline): points and deadline told', denials: [], warnings: [], consequences: ['POINTS_RECORDED', 'PAYMENT_DEADLINE'], messages: ['须在2026-12-06前（含当日）缴纳'] },
  { name: 'seed 000 tip 4: the window processes what 12123 cannot (500 yuan, 9 points)', change: (f) => { f.violation.fineFen = 50000; f.violation.points = 9 }, denials: [], warnings: [] },

  { name: 'seed 001 §六.3: never process a record twice', change: (f) => void (f.violation.status = 'processed'), denials: ['ALREADY_PROCESSED'] },
  { name: 'seed 001 §七.2: a record processed elsewhere, pending sync, is not processed again', change: (f) => void (f.violation.status = 'pending_sync'), denials: ['ALREADY_PROCESSED'] },
  { name: 'seed 001 §六.1: resolve the objection first', change: (f) => void (f.violation.disputed = true), denials: ['VIOLATION_DISPUTED'] },
  { name: 'FACTS §6: a voided record cannot be processed', change: (f) => void (f.violation.status = 'voided'), denials: ['VIOLATION_VOIDED'] },

  // WILL_REACH_12 (confirm)
  { name: 'seed 000 tip 1: 5 + 6 = 11 needs no confirmation', change: (f) => void (f.driver.cyclePoints = 5), denials: [], warnings: [] },
  {
    name: 'seed 000 tip 1 确认提示: 6 + 6 = 12 must be confirmed; 7 days study for C1',
    change: (f) => void (f.driver.cyclePoints = 6),
    denials: [],
    warnings: ['WILL_REACH_12'],
    messages: ['本次记6分，当前已记6分，累计将达12分', '满分学习7天']
  },
  { name: 'FACTS §3: 30 days study for B2', change: (f) => { f.driver.cyclePoints = 6; f.driver.classes = 'B2' }, denials: [], warnings: ['WILL_REACH_12'], messages: ['满分学习30天'] },
  { name: 'FACTS §3: second full score in the cycle: 14 days', change: (f) => { f.driver.cyclePoints = 6; f.driver.fullScoreCountInCycle = 1 }, denials: [], warnings: ['WILL_REACH_12'], messages: ['满分学习14天', '第2次记满'] },

  // CRITICAL_POINTS_NOTICE
  { name: 'FACTS §1: 9 points already: the decision carries the 临界告知 line', change: (f) => { f.driver.cyclePoints = 9; f.violation.points = 1 }, denials: [], consequences: ['CRITICAL_POINTS_NOTICE'], messages: ['已记9分', '累计10分'] },
  { name: 'FACTS §1: 8 points already: no 临界告知', change: (f) => { f.driver.cyclePoints = 8; f.violation.points = 1 }, denials: [], messages: ['累计9分'], absent: ['CRITICAL_POINTS_NOTICE'] },
  { name: 'a warning (no fine, no points) has no payment or points consequence', change: (f) => { f.violation.penalty = 'warning'; f.violation.fineFen = 0; f.violation.points = 0 }, denials: [], absent: ['PAYMENT_DEADLINE', 'POINTS_RECORDED'] },

  // OFFLINE_PROVISIONAL
  { name: 'seed 001 §七.2: offline processing is provisional', change: (f) => void (f.online = false), denials: [], warnings: ['OFFLINE_PROVISIONAL'], messages: ['最后同步于2026-11-21 14:25'] },

  // LICENSE_STATUS_BLOCKED (warning at the window)
  { name: 'seed 001 §四.3: an overdue review (S) is told, not refused, at the window', change: (f) => void (f.driver.licenseStatus = 'S'), denials: [], warnings: ['LICENSE_STATUS_BLOCKED'], messages: ['须先办理驾驶证审验'] },
  { name: 'seed 001 §四.3: a normal licence raises no status warning', denials: [], warnings: [] }
]

export const WINDOW_TABLE: CaseTable<F> = { action: 'window_process', base: windowFacts, ctx: { jurisdiction: WHERE.cq }, cases }
