// pay_fine rule table. Baseline: Qingdao window (sd), 200-yuan camera decision of 1 March 2026,
// paid on 16 March (the last day without a late fee). Test-only.
import type { ActionFacts } from '../facts-schemas'
import { WHERE, payFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type F = ActionFacts<'pay_fine'>
const cq = { jurisdiction: WHERE.cq }
const national = { jurisdiction: WHERE.beijing }

const cases: RuleCase<F>[] = [
  { name: 'seed 004: anyone may pay a decision by its number; paid on day 15, nothing added', denials: [], consequences: ['AMOUNT_DUE'], messages: ['未逾期，无加处罚款，合计200元'] },
  { name: 'seed 004: 逾期…每日按罚款数额的3%加处罚款 (17 March: 6 yuan)', change: (f) => void (f.at = '2026-03-17T10:00:00+08:00'), denials: [], messages: ['已逾期1天，加处罚款6元', '合计206元'] },
  { name: 'seed 004: 加处罚款总额不超出罚款数额 (19 April: 200 yuan, the cap)', change: (f) => void (f.at = '2026-04-19T10:00:00+08:00'), denials: [], messages: ['加处罚款200元', '已达上限', '合计400元'] },

  { name: 'seed 001 §六.3: never take a second payment', change: (f) => void (f.paid = true), denials: ['ALREADY_PAID'] },
  { name: 'seed 001 §六.2: paid exactly 2 hours after online processing is in time', change: (f) => { f.at = '2026-03-10T12:00:00+08:00'; f.selfProcessedAt = '2026-03-10T10:00:00+08:00' }, denials: [] },
  { name: 'seed 001 §六.2: 2 hours and 1 second after online processing it has reverted', change: (f) => { f.at = '2026-03-10T12:00:00+08:00'; f.selfProcessedAt = '2026-03-10T09:59:59+08:00' }, denials: ['PAYMENT_WINDOW_EXPIRED'] },
  { name: 'seed 004 §电子监控处理 4: processing counts only once paid: unpaid after the window reverts', change: (f) => { f.at = '2026-03-10T18:00:00+08:00'; f.selfProcessedAt = '2026-03-10T10:00:00+08:00' }, denials: ['PAYMENT_WINDOW_EXPIRED'] },
  { name: 'seed 001 §六.7: no payment at 22:00 in cq', ctx: cq, change: (f) => void (f.at = '2026-03-16T22:00:00+08:00'), denials: ['MAINTENANCE_WINDOW'] },
  { name: 'seed 001 §六.7: payment at 21:59 in cq', ctx: cq, change: (f) => void (f.at = '2026-03-16T21:59:00+08:00'), denials: [] },
  { name: 'seed 002 item 2 / seed 001 §四.1: an on-site simple decision can be paid online', ctx: national, change: (f) => { f.channel = 'online'; f.decision.source = 'onsite' }, denials: [] },
  { name: 'seed 000 tip 4: a 重点车辆 record processed at the window is then paid online', ctx: { jurisdiction: WHERE.fj }, change: (f) => { f.channel = 'online' }, denials: [] },
  { name: 'a general-procedure decision cannot be paid online under national', ctx: national, change: (f) => { f.channel = 'online'; f.decision.procedure = 'general'; f.decision.fineFen = 50000 }, denials: ['NOT_PAYABLE_ONLINE'] },
  { name: 'seed 004: sd takes every decided record online, general procedure included', change: (f) => { f.channel = 'online'; f.decision.procedure = 'general'; f.decision.fineFen = 50000 }, denials: [] },
  { name: 'a general-procedure decision is paid at the window anywhere', ctx: national, change: (f) => { f.decision.procedure = 'general' }, denials: [] }
]

export const PAY_TABLE: CaseTable<F> = { action: 'pay_fine', base: payFacts, ctx: { jurisdiction: WHERE.sd }, cases }
