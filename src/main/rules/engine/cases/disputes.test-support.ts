// file_dispute and resolve_dispute rule tables. Baselines: an objection to an unprocessed camera
// record from 沙坪坝区 filed at a 渝中区 window (cq: one jurisdiction for the municipality); a
// supervisor approving a clerk's proposal to void a misrecorded plate. Both allowed. Test-only.
import type { ActionFacts } from '../facts-schemas'
import { WHERE, fileDisputeFacts, resolveFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type D = ActionFacts<'file_dispute'>
type R = ActionFacts<'resolve_dispute'>

const fileCases: RuleCase<D>[] = [
  { name: 'baseline: an objection to a record of the same municipality', denials: [] },
  { name: 'seed 001 §六.1: an objection belongs to the place of the violation (Chengdu record at a Chongqing window)', change: (f) => void (f.violation.regionCode = '510104'), denials: ['DISPUTE_WRONG_JURISDICTION'], messages: ['510104（四川省成都市锦江区）'] },
  { name: 'seed 004: 有异议的…向交通违法处理的公安交管部门窗口提出: Shenzhen record at a Guangzhou window (national, city level)', ctx: { jurisdiction: WHERE.guangzhou }, change: (f) => void (f.violation.regionCode = '440304'), denials: ['DISPUTE_WRONG_JURISDICTION'] },
  { name: 'national, city level: a 海淀 record at a 朝阳 window is the same city', ctx: { jurisdiction: WHERE.beijing }, change: (f) => void (f.violation.regionCode = '110108'), denials: [] },
  { name: 'one open objection per record', change: (f) => void (f.violation.disputed = true), denials: ['ALREADY_DISPUTED'] },
  {
    name: 'FACTS §1: a processed record is challenged by 行政复议 (60 days) or 行政诉讼 (6 months)',
    change: (f) => { f.violation.status = 'processed'; f.decidedOn = '2026-11-01' },
    denials: ['ALREADY_PROCESSED'],
    messages: ['2026-12-31前申请行政复议', '2027-05-01前提起行政诉讼']
  },
  { name: 'FACTS §1: without the decision date the periods are stated in words', change: (f) => void (f.violation.status = 'paid'), denials: ['ALREADY_PROCESSED'], messages: ['60日内申请行政复议'] },
  { name: 'FACTS §6: a voided record needs no objection', change: (f) => void (f.violation.status = 'voided'), denials: ['VIOLATION_VOIDED'] },
  { name: 'seed 002: military ID holders object at the window (no ID-type rule)', denials: [] }
]

const resolveCases: RuleCase<R>[] = [
  { name: 'baseline: a supervisor approves a clerk\'s void on a plate misrecorded', denials: [] },
  { name: 'FACTS §6: a void names one of the grounds', change: (f) => void (f.proposal.ground = null), denials: ['GROUND_REQUIRED'] },
  { name: 'FACTS §6: the ground "other" needs an explanation', change: (f) => void (f.proposal.ground = 'other'), denials: ['GROUND_REQUIRED'] },
  { name: 'FACTS §6: "other" with an explanation is accepted', change: (f) => { f.proposal.ground = 'other'; f.proposal.note = '经核实当时道路施工，标线被遮挡' }, denials: [] },
  { name: 'upholding the record needs no ground', change: (f) => { f.proposal.outcome = 'uphold'; f.proposal.ground = null }, denials: [] },
  { name: 'FACTS §6: four-eyes: the approver must not be the proposer', change: (f) => void (f.approver.operatorId = 'op-clerk-1'), denials: ['SAME_OPERATOR'] },
  { name: 'only supervisors approve (a clerk)', change: (f) => void (f.approver.role = 'clerk'), denials: ['NOT_SUPERVISOR'] },
  { name: 'only supervisors approve (an admin)', change: (f) => void (f.approver.role = 'admin'), denials: ['NOT_SUPERVISOR'] },
  { name: 'only a proposed resolution can be approved', change: (f) => void (f.dispute.status = 'open'), denials: ['NOT_AWAITING_APPROVAL'] },
  {
    name: 'a clerk approving their own groundless void: every reason reported',
    change: (f) => { f.proposal.ground = null; f.approver = { operatorId: 'op-clerk-1', role: 'clerk' } },
    denials: ['GROUND_REQUIRED', 'SAME_OPERATOR', 'NOT_SUPERVISOR']
  }
]

export const FILE_DISPUTE_TABLE: CaseTable<D> = { action: 'file_dispute', base: fileDisputeFacts, ctx: { jurisdiction: WHERE.cq }, cases: fileCases }
export const RESOLVE_TABLE: CaseTable<R> = { action: 'resolve_dispute', base: resolveFacts, ctx: { jurisdiction: WHERE.cq }, cases: resolveCases }
