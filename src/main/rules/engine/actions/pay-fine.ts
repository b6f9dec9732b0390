// pay_fine: what is due today (fine + late fee), by when, and may it be paid now?
// RULES.md "Fines"; amounts by calculators/late-fee.ts (FACTS §2).
import { z } from 'zod'
import { computeLateFee } from '../../calculators/late-fee'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { maintenanceWindow } from '../checks/time-window'
import { fen, isoDate, requiredText, zonedDateTime } from '../facts/primitives'
import { percent, yuan } from '../format'
import { showMoment } from '../moment'

export const payFineFacts = z
  .strictObject({
    at: zonedDateTime,
    decision: z.strictObject({
      /** 决定书编号, quoted in messages when present. */
      decisionNo: requiredText(32).optional(),
      /** camera = from a camera record; onsite = decided on the spot by an officer. */
      source: z.enum(['camera', 'onsite']),
      procedure: z.enum(['simple', 'general']),
      fineFen: fen,
      /** Date of the decision: the payment deadline runs from it. */
      decidedOn: isoDate
    }),
    /** The decision has already been paid, through any channel. */
    paid: z.boolean(),
    /** Where the payment would be taken: at this window, or online on 12123 (asked for the citizen). */
    channel: z.enum(['window', 'online']),
    /** When the citizen processed the violation on 12123 (awaiting payment); null if not. */
    selfProcessedAt: zonedDateTime.nullable(),
    /** Non-working days (YYYY-MM-DD); required when the profile rolls deadlines over. */
    holidays: z.array(isoDate).max(400, '不能超过400项').optional()
  })
  .superRefine((f, ctx) => {
    if (f.decision.decidedOn > f.at.date) {
      ctx.addIssue({ code: 'custom', path: ['decision', 'decidedOn'], message: `不能晚于缴款日期${f.at.date}` })
    }
    if (f.selfProcessedAt !== null && f.selfProcessedAt.epochMs > f.at.epochMs) {
      ctx.addIssue({ code: 'custom', path: ['selfProcessedAt'], message: `不能晚于办理时间${f.at.iso}` })
    }
  })

export type PayFineFacts = z.output<typeof payFineFacts>

const KIND_NAMES = { camera: '电子监控', onsite_simple: '现场简易程序', general: '一般程序' } as const

function rule(f: PayFineFacts, { profile }: RuleEnv): RuleResult {
  const policy = profile.lateFee
  if (policy.holidayRollover && f.holidays === undefined) {
    return {
      error: {
        code: 'FACTS_INVALID',
        field: 'holidays',
        message: `字段“holidays”缺失：${profile.name}的缴款期限遇节假日顺延，须提供节假日列表`
      }
    }
  }
  const o = outcome()
  const d = f.decision
  const name = d.decisionNo === undefined ? '该处罚决定' : `处罚决定书${d.decisionNo}`
  const fee = computeLateFee({ fineFen: d.fineFen, decidedOn: d.decidedOn, payOn: f.at.date, holidays: f.holidays }, policy)

  if (f.paid) o.deny(finding('ALREADY_PAID', `${name}的罚款已缴纳，不能重复收款`, 'seed 001 §六.3'))
  if (f.selfProcessedAt !== null) {
    const limitMs = profile.online.paymentWindowMinutes * 60_000
    if (f.at.epochMs - f.selfProcessedAt.epochMs > limitMs) {
      o.deny(
        finding(
          'PAYMENT_WINDOW_EXPIRED',
          `该违法于${showMoment(f.selfProcessedAt)}在网上处理，超过${profile.online.paymentWindowMinutes}分钟未缴款，记录已退回未处理状态，须重新处理后再缴款`,
          'seed 001 §六.2'
        )
      )
    }
  }
  o.deny(maintenanceWindow(f.at, profile, '缴纳罚款'))
  if (f.channel === 'online') {
    const kind = d.procedure === 'general' ? 'general' : d.source === 'camera' ? 'camera' : 'onsite_simple'
    if (!profile.online.payable.includes(kind)) {
      o.deny(
        finding(
          'NOT_PAYABLE_ONLINE',
          `${name}为${KIND_NAMES[kind]}处罚决定，${profile.name}网上只能缴纳${profile.online.payable.map((k) => KIND_NAMES[k]).join('、')}的罚款，请到窗口或指定银行缴纳`,
          'seed 002; seed 004'
        )
      )
    }
  }

  const late =
    fee.daysLate === 0
      ? `未逾期，无加处罚款`
      : `已逾期${fee.daysLate}天，加处罚款${yuan(fee.lateFeeFen)}（每日${percent(policy.ratePerDayBasisPoints)}，最高不超过${yuan(fee.capFen)}${fee.lateFeeFen >= fee.capFen ? '，已达上限' : ''}）`
  o.note(
    finding(
      'AMOUNT_DUE',
      `罚款${yuan(d.fineFen)}，缴款期限至${fee.dueDate}${fee.rolledOver ? '（遇节假日顺延）' : ''}；${f.at.date}缴款${late}，合计${yuan(fee.totalFen)}`,
      'seed 004; FACTS §2'
    )
  )
  return {
    ...o.result(),
    amounts: {
      fineFen: d.fineFen,
      lateFeeFen: fee.lateFeeFen,
      totalFen: fee.totalFen,
      dueDate: fee.dueDate,
      daysLate: fee.daysLate,
      lateFeeCapFen: fee.capFen,
      lateFeeCapReachedOn: fee.capReachedOn
    }
  }
}

export const payFine = defineAction('pay_fine', payFineFacts, rule)
