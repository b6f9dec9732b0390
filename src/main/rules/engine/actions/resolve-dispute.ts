// resolve_dispute: may this operator approve this proposed resolution of an objection?
// RULES.md "Disputes"; grounds for voiding a camera record from FACTS §6.
import { z } from 'zod'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { requiredText, shortText, zonedDateTime } from '../facts/primitives'

/** Grounds for voiding (消除) a camera record, FACTS §6 [V, 2009]. */
export const VOID_GROUNDS = {
  emergency_vehicle_on_duty: '执行紧急任务的警车、消防车、救护车、工程救险车',
  vehicle_stolen: '车辆在被盗抢期间被记录',
  rescue_or_emergency_avoidance: '因救助危难或紧急避险',
  handled_on_spot: '已现场处理',
  conflicting_signals: '交通信号指示不一致',
  evidence_unclear: '证据不能清晰、准确反映车辆类型、号牌、时间、地点或违法事实',
  plate_misrecorded: '号牌号码录入错误',
  fake_or_borrowed_plate: '使用伪造、变造或其他车辆号牌导致合法车辆被记录',
  other: '其他'
} as const

type VoidGround = keyof typeof VOID_GROUNDS

export const resolveDisputeFacts = z.strictObject({
  at: zonedDateTime,
  /** Where the objection stands; approval is for a proposed resolution. */
  dispute: z.strictObject({ status: z.enum(['open', 'proposed', 'approved', 'rejected', 'returned']) }),
  proposal: z.strictObject({
    outcome: z.enum(['uphold', 'void', 'correct_plate', 'transfer']),
    ground: z.enum(Object.keys(VOID_GROUNDS) as [VoidGround, ...VoidGround[]]).nullable(),
    /** The proposer's explanation; required for the ground "other". */
    note: shortText(500),
    proposerId: requiredText(64)
  }),
  approver: z.strictObject({ operatorId: requiredText(64), role: z.enum(['clerk', 'supervisor', 'admin']) })
})

export type ResolveDisputeFacts = z.output<typeof resolveDisputeFacts>

const STATUS_NAMES = { open: '待提出处理意见', proposed: '待审核', approved: '已批准', rejected: '已驳回', returned: '已退回补正' } as const

function rule(f: ResolveDisputeFacts, { profile }: RuleEnv): RuleResult {
  const o = outcome()
  const p = f.proposal
  if (f.dispute.status !== 'proposed') {
    o.deny(finding('NOT_AWAITING_APPROVAL', `该异议当前状态为“${STATUS_NAMES[f.dispute.status]}”，只有待审核的处理意见可以审批`, 'RULES.md resolve_dispute'))
  }
  if (p.outcome === 'void') {
    if (p.ground === null) {
      o.deny(
        finding('GROUND_REQUIRED', `消除违法记录须写明依据，可选：${Object.values(VOID_GROUNDS).join('；')}`, 'FACTS §6')
      )
    } else if (p.ground === 'other' && p.note.trim() === '') {
      o.deny(finding('GROUND_REQUIRED', '以“其他”理由消除违法记录时，须在说明中写明具体情形', 'FACTS §6'))
    }
  }
  if (profile.disputes.fourEyes && p.proposerId === f.approver.operatorId) {
    o.deny(finding('SAME_OPERATOR', `审核人（${f.approver.operatorId}）与经办人相同：处理意见须由另一名人员审核`, 'FACTS §6'))
  }
  if (f.approver.role !== 'supervisor') {
    o.deny(finding('NOT_SUPERVISOR', `审核人（${f.approver.operatorId}）不是审核岗（supervisor），无权审批异议处理意见`, 'FACTS §6; RULES.md resolve_dispute'))
  }
  return o.result()
}

export const resolveDispute = defineAction('resolve_dispute', resolveDisputeFacts, rule)
