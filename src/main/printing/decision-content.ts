// What a printed penalty decision says, as data: every field of the simple-procedure form
// (FACTS §1), gathered once at the first print and kept with the archived copy, so a reprint
// (补打) says exactly the same even if the person's phone or the window's settings change later.
// The verification digest in the QR code is the SHA-256 of this content in canonical JSON.
import { canonicalJson, sha256Hex } from '../audit/canonical-json'

export const DECISION_TITLE = '公安交通管理简易程序处罚决定书'

export interface DecisionParty {
  name: string
  /** 居民身份证号码, or the label of another document type. */
  idLabel: string
  idNumber: string
  /** 机动车驾驶证档案编号, 发证机关, 准驾车型: null when the party holds no licence on file. */
  licenseFileNo: string | null
  licenseOrgan: string | null
  licenseClasses: string | null
  phone: string | null
  /** 车辆类型 (the plate type's name) and 车辆牌号. */
  vehicleType: string
  plate: string
}

export interface DecisionContent {
  /** Bumped when the meaning of a field changes, so old digests stay verifiable. */
  version: 1
  organ: string
  decisionNo: string
  party: DecisionParty
  facts: {
    /** Zoned ISO time of the offence. */
    occurredAt: string
    place: string
    behaviour: string
    code: string
  }
  legalBasis: string
  penalty: { kind: 'warning' } | { kind: 'fine'; fineFen: number }
  /** Payment terms of a fine; null for a warning. */
  payment: {
    deadlineDays: number
    dueDate: string
    bank: string
    lateFeeRateBasisPoints: number
    lateFeeCapBasisPoints: number
  } | null
  rights: { reviewOrgan: string; reviewDays: number; court: string; litigationMonths: number }
  /** Where and when the decision was made (zoned ISO). */
  place: string
  decidedAt: string
  /** The officer who decided; null when the record does not name one (decisions made elsewhere). */
  officer: { name: string; policeNo: string } | null
  points: {
    points: number
    /** Cycle points before this decision; null when not recorded (older decisions). */
    before: number | null
    threshold: number
    /** The 临界告知 line is printed when `before` is at least this. */
    criticalNotice: number
  }
}

/** Review within 60 days (行政复议法) and litigation within 6 months (行政诉讼法), FACTS §1. */
export const REVIEW_DAYS = 60
export const LITIGATION_MONTHS = 6

export function contentDigest(content: DecisionContent | object): string {
  return sha256Hex(canonicalJson(content))
}

/** Whether the decision carries the 临界告知 line. */
export function criticalNoticeDue(points: DecisionContent['points']): boolean {
  return points.before !== null && points.before >= points.criticalNotice
}
