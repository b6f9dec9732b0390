// What a decision's printed form says, read from the store: the decision, its violation record,
// the party and their licence, the officer (the decision's service record names the clerk, also
// for decisions made at other windows), plus the window's printing settings and the profile in
// force (late-fee terms, point thresholds, the number's check digit).
import type Database from 'better-sqlite3'
import { DomainError } from '../../../shared/contract/result'
import type { WorkstationConfig } from '../../core/config'
import { LITIGATION_MONTHS, REVIEW_DAYS, type DecisionContent } from '../../printing/decision-content'
import { legalBasisOf } from '../../printing/legal-basis'
import { selectProfile, type ProfileSet } from '../../rules/engine'
import { checkDigitStrategy, validateDecisionNumber } from '../../rules/validators/decision-number'
import { findPlateType } from '../../rules/validators/plate'

export interface DecisionRecord {
  id: string
  decision_no: string
  provisional: number
  fine_fen: number
  points: number
  points_before: number | null
  decided_at: string
  due_date: string
  organ: string
  occurred_at: string
  place: string
  behaviour: string
  code: string
  plate: string
  plate_type: string
  penalty: 'warning' | 'fine' | 'beyond_simple' | null
  name: string
  id_type: string
  id_number: string
  person_phone: string | null
  file_no: string | null
  issuing_organ: string | null
  classes: string | null
  driver_phone: string | null
  clerk_name: string | null
  clerk_no: string | null
  workstation_id: string | null
  operator_name: string | null
  operator_no: string | null
}

const SELECT = `SELECT d.id, d.decision_no, d.provisional, d.fine_fen, d.points, d.points_before, d.decided_at, d.due_date, d.organ,
    v.occurred_at, v.place, v.behaviour, v.code, v.plate, v.plate_type, v.penalty,
    p.name, p.id_type, p.id_number, p.phone AS person_phone,
    dr.file_no, dr.issuing_organ, dr.classes, dr.phone AS driver_phone,
    sr.operator_name AS clerk_name, sr.operator_no AS clerk_no, sr.workstation_id,
    o.name AS operator_name, o.police_no AS operator_no
  FROM decisions d
  JOIN violations v ON v.id = d.violation_id
  JOIN people p ON p.id = d.person_id
  LEFT JOIN drivers dr ON dr.person_id = d.person_id
  LEFT JOIN service_records sr ON sr.id = d.id AND sr.kind = 'violation.process'
  LEFT JOIN operators o ON o.id = d.operator_id`

export function prepareDecisionQueries(sqlite: Database.Database) {
  const byId = sqlite.prepare(`${SELECT} WHERE d.id = ?`)
  const byNumber = sqlite.prepare(`${SELECT} WHERE d.decision_no = ?`)
  // The day's decisions made at this window, in the order they were made.
  const ofDay = sqlite.prepare(`${SELECT} WHERE substr(d.decided_at, 1, 10) = ? AND sr.workstation_id = ? ORDER BY d.decided_at, d.id`)
  return {
    byId: (id: string) => byId.get(id) as DecisionRecord | undefined,
    byNumber: (decisionNo: string) => byNumber.get(decisionNo) as DecisionRecord | undefined,
    ofDay: (date: string, workstationId: string) => ofDay.all(date, workstationId) as DecisionRecord[]
  }
}

export type DecisionQueries = ReturnType<typeof prepareDecisionQueries>

export interface ContentEnv {
  config: WorkstationConfig
  profiles: ProfileSet
}

/** Refuses what must not be printed as a decision, with the reason the clerk can act on. */
export function assertPrintable(d: DecisionRecord, env: ContentEnv): void {
  if (d.provisional === 1) {
    throw new DomainError(
      'DECISION_PROVISIONAL',
      `决定书编号${d.decision_no}是离线时的临时编号，不是正式决定书编号：须待中心确认并分配正式编号后再打印`
    )
  }
  if (d.penalty === 'beyond_simple') {
    throw new DomainError('DECISION_NOT_SIMPLE', '该违法行为的处罚超出简易程序（含暂扣、吊销驾驶证或拘留），须按一般程序制作处罚决定书')
  }
  const selection = selectProfile(env.profiles, { date: d.decided_at.slice(0, 10), jurisdiction: env.config.regionCode })
  if (!selection.ok) throw new DomainError(selection.error.code, selection.error.message)
  const checkDigit = checkDigitStrategy(selection.profile.decisionNumber.checkDigit)
  const number = validateDecisionNumber(d.decision_no, checkDigit === undefined ? {} : { checkDigit })
  if (!number.ok) throw new DomainError(number.code, `决定书编号${d.decision_no}未通过校验：${number.message}。请联系系统管理员核对`)
}

/** The printed form's content; call assertPrintable first. */
export function decisionContent(d: DecisionRecord, env: ContentEnv): DecisionContent {
  const { config } = env
  const selection = selectProfile(env.profiles, { date: d.decided_at.slice(0, 10), jurisdiction: config.regionCode })
  if (!selection.ok) throw new DomainError(selection.error.code, selection.error.message)
  const profile = selection.profile
  // A record without its penalty kind: the decision's own fine tells a fine from a warning.
  const isWarning = d.penalty === 'warning' || (d.penalty === null && d.fine_fen === 0)
  const officerName = d.clerk_name ?? d.operator_name
  const officerNo = d.clerk_no ?? d.operator_no
  const madeHere = d.workstation_id === config.workstationId
  return {
    version: 1,
    organ: d.organ,
    decisionNo: d.decision_no,
    party: {
      name: d.name,
      idLabel: d.id_type === 'A' ? '居民身份证号码' : '身份证明号码',
      idNumber: d.id_number,
      licenseFileNo: d.file_no,
      licenseOrgan: d.issuing_organ,
      licenseClasses: d.classes,
      phone: d.driver_phone ?? d.person_phone,
      vehicleType: findPlateType(d.plate_type)?.name ?? d.plate_type,
      plate: d.plate
    },
    facts: { occurredAt: d.occurred_at, place: d.place, behaviour: d.behaviour, code: d.code },
    legalBasis: legalBasisOf(d.code),
    penalty: isWarning ? { kind: 'warning' } : { kind: 'fine', fineFen: d.fine_fen },
    payment: isWarning
      ? null
      : {
          deadlineDays: profile.lateFee.deadlineDays,
          dueDate: d.due_date,
          bank: config.printing.paymentBank,
          lateFeeRateBasisPoints: profile.lateFee.ratePerDayBasisPoints,
          lateFeeCapBasisPoints: profile.lateFee.capBasisPoints
        },
    rights: { reviewOrgan: config.printing.reviewOrgan, reviewDays: REVIEW_DAYS, court: config.printing.court, litigationMonths: LITIGATION_MONTHS },
    // Made at this window: its place; made elsewhere: the deciding organ, which is what we know.
    place: madeHere ? config.printing.place : d.organ,
    decidedAt: d.decided_at,
    officer: officerName !== null && officerNo !== null ? { name: officerName, policeNo: officerNo } : null,
    points: { points: d.points, before: d.points_before, threshold: profile.points.threshold, criticalNotice: profile.points.criticalNotice }
  }
}
