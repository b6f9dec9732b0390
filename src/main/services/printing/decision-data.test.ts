import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/contract/result'
import { PRINTING_DEFAULTS, type WorkstationConfig } from '../../core/config'
import { builtinProfiles, type Profile } from '../../rules/engine'
import { assertPrintable, decisionContent, type DecisionRecord } from './decision-data'

const config: WorkstationConfig = {
  workstationId: '0190a5e0-0000-7000-8000-000000000001',
  workstationName: '违法处理窗口 01',
  organName: '深圳市公安局交通警察支队南山大队',
  organCode: '440305000000',
  regionCode: '440305',
  timeZone: 'Asia/Shanghai',
  idleLockSeconds: 300,
  maxFailedSignIns: 5,
  signInLockMinutes: 15,
  printing: { ...PRINTING_DEFAULTS }
}

const record: DecisionRecord = {
  id: 'd1',
  decision_no: '4403050000000012',
  provisional: 0,
  fine_fen: 20000,
  points: 6,
  points_before: 9,
  decided_at: '2026-11-21T14:46:35.123+08:00',
  due_date: '2026-12-06',
  organ: config.organName,
  occurred_at: '2026-11-01T08:15:00.000+08:00',
  place: '深南大道',
  behaviour: '驾驶机动车违反道路交通信号灯通行',
  code: '1625',
  plate: '粤B12345',
  plate_type: '02',
  penalty: 'fine',
  name: '张伟',
  id_type: 'A',
  id_number: '440305199001011234',
  person_phone: '13800138000',
  file_no: '440300123456',
  issuing_organ: '广东省深圳市公安局交通警察支队',
  classes: 'C1',
  driver_phone: null,
  clerk_name: '李明',
  clerk_no: '100001',
  workstation_id: config.workstationId,
  operator_name: null,
  operator_no: null
}

function refusal(d: DecisionRecord, profiles = builtinProfiles()): string | null {
  try {
    assertPrintable(d, { config, profiles })
    return null
  } catch (error) {
    return error instanceof DomainError ? error.code : 'NOT_A_DOMAIN_ERROR'
  }
}

describe('what may be printed as a decision', () => {
  it('refuses a provisional number and a general-procedure penalty', () => {
    expect(refusal({ ...record, provisional: 1, decision_no: '临-0190-000001' })).toBe('DECISION_PROVISIONAL')
    expect(refusal({ ...record, penalty: 'beyond_simple' })).toBe('DECISION_NOT_SIMPLE')
    expect(refusal(record)).toBeNull()
  })

  it('checks the number’s check digit when the profile names one', () => {
    const national = builtinProfiles().get('national') as Profile
    const mod7 = new Map([['national', { ...national, decisionNumber: { checkDigit: 'mod7' as const } }]])
    expect(refusal({ ...record, decision_no: `440305000000012${12 % 7}` }, mod7)).toBeNull()
    expect(refusal({ ...record, decision_no: `440305000000012${(12 % 7) + 1}` }, mod7)).toBe('DECISION_NO_CHECK_DIGIT')
  })
})

describe('the printed content', () => {
  it('takes the window’s names and the profile’s terms, the clerk from the service record', () => {
    const c = decisionContent(record, { config, profiles: builtinProfiles() })
    expect(c).toMatchObject({
      party: { phone: '13800138000', vehicleType: '小型汽车', idLabel: '居民身份证号码' },
      payment: { deadlineDays: 15, lateFeeRateBasisPoints: 300, bank: PRINTING_DEFAULTS.paymentBank },
      rights: { reviewOrgan: PRINTING_DEFAULTS.reviewOrgan, reviewDays: 60, court: PRINTING_DEFAULTS.court, litigationMonths: 6 },
      place: PRINTING_DEFAULTS.place,
      officer: { name: '李明', policeNo: '100001' },
      points: { points: 6, before: 9, threshold: 12, criticalNotice: 9 }
    })
  })

  it('a decision made elsewhere prints its organ as the place; a zero fine without penalty kind is a warning', () => {
    const c = decisionContent({ ...record, workstation_id: 'other', penalty: null, fine_fen: 0, clerk_name: null, clerk_no: null }, { config, profiles: builtinProfiles() })
    expect(c).toMatchObject({ place: record.organ, penalty: { kind: 'warning' }, payment: null, officer: null })
  })
})
