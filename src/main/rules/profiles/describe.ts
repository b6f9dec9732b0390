// A profile's parameters as labelled, clerk-readable values: the `rules profiles` table and the
// profiles table of docs/rules.md are both rendered from this list, so they cannot disagree.
import { percent, plateTypeList, prefixName, provinceName, yuan } from '../engine/format'
import type { Profile } from './profile-schema'

export interface ProfileParameter {
  /** The JSON path of the parameter in the profile file. */
  key: string
  label: string
  value(profile: Profile): string
}

const yesNo = (b: boolean): string => (b ? '是' : '否')

const PAYABLE_NAMES: Readonly<Record<string, string>> = {
  camera: '电子监控',
  onsite_simple: '现场简易程序',
  general: '一般程序'
}

const LEVEL_NAMES: Readonly<Record<string, string>> = { province: '同省', city: '同市', county: '同区县' }

export const PROFILE_PARAMETERS: readonly ProfileParameter[] = [
  { key: 'name', label: '名称', value: (p) => p.name },
  {
    key: 'jurisdiction',
    label: '辖区',
    value: (p) => (p.jurisdiction === 'national' ? '全国' : `${p.jurisdiction}（${prefixName(p.jurisdiction)}）`)
  },
  { key: 'effective', label: '生效期间', value: (p) => `${p.effective.from} 至 ${p.effective.to ?? '长期'}` },
  { key: 'online.fineLimitFen', label: '网上处理罚款上限', value: (p) => `${yuan(p.online.fineLimitFen)}（含）` },
  {
    key: 'online.perViolationPointsCap',
    label: '网上处理单次记分上限',
    value: (p) => (p.online.perViolationPointsCap === null ? '不限' : `${p.online.perViolationPointsCap}分（含）`)
  },
  { key: 'points.threshold', label: '满分分值', value: (p) => `${p.points.threshold}分` },
  { key: 'points.criticalNotice', label: '临界告知', value: (p) => `已记${p.points.criticalNotice}分及以上` },
  { key: 'points.fullScoreTimesLimit', label: '满分次数限制', value: (p) => `本周期${p.points.fullScoreTimesLimit}次及以上不可网上处理` },
  { key: 'vehicles.own', label: '本人车辆号牌种类', value: (p) => (p.vehicles.own === 'any' ? '不限' : plateTypeList(p.vehicles.own)) },
  { key: 'vehicles.nonOwned', label: '非本人车辆号牌种类', value: (p) => plateTypeList(p.vehicles.nonOwned) },
  { key: 'vehicles.unitOwnedBindable', label: '单位车辆可备案', value: (p) => yesNo(p.vehicles.unitOwnedBindable) },
  {
    key: 'binding',
    label: '备案数量上限',
    value: (p) => `每人${p.binding.maxNonOwnedPerPerson}辆非本人车辆；每车${p.binding.maxDriversPerVehicle}名其他驾驶人`
  },
  {
    key: 'binding.windowReview',
    label: '窗口备案须审核',
    value: (p) => (p.binding.windowReview ? '是（审核通过后生效）' : '否（办结即生效）')
  },
  {
    key: 'binding.dateRule',
    label: '备案日期规则',
    value: (p) =>
      p.binding.dateRule.enforced
        ? `仅处理备案后发生的违法${p.binding.dateRule.exemptZeroPoints ? '（记0分的除外）' : ''}`
        : '不限（可处理备案前的违法）'
  },
  {
    key: 'online.rental',
    label: '租赁车辆自助处理',
    value: (p) => (p.online.rental === null ? '不支持' : `承租人可处理租赁期间的违法（${plateTypeList(p.online.rental.vehicles)}）`)
  },
  {
    key: 'online.maintenanceWindow',
    label: '对账维护时段',
    value: (p) => {
      const w = p.online.maintenanceWindow
      if (w === null) return '无'
      return `${w.from}至${w.to < w.from ? '次日' : ''}${w.to}（含开始，不含结束）`
    }
  },
  { key: 'online.paymentWindowMinutes', label: '网上处理后缴款时限', value: (p) => `${p.online.paymentWindowMinutes}分钟` },
  { key: 'online.payable', label: '网上可缴的决定', value: (p) => p.online.payable.map((k) => PAYABLE_NAMES[k] ?? k).join('、') },
  {
    key: 'phone.localOnly',
    label: '仅限本省手机号',
    value: (p) => (p.phone.localOnly ? `是（${provinceName(p.jurisdiction.slice(0, 2))}）` : '否')
  },
  {
    key: 'lateFee.deadlineDays',
    label: '缴款期限',
    value: (p) => `决定之日起${p.lateFee.deadlineDays}日${p.lateFee.holidayRollover ? '（遇节假日顺延）' : '（不顺延）'}`
  },
  {
    key: 'lateFee',
    label: '加处罚款',
    value: (p) => `每日${percent(p.lateFee.ratePerDayBasisPoints)}，最高为罚款的${percent(p.lateFee.capBasisPoints)}`
  },
  { key: 'disputes.jurisdictionLevel', label: '异议受理辖区', value: (p) => `违法地${LEVEL_NAMES[p.disputes.jurisdictionLevel] ?? ''}` },
  { key: 'disputes.fourEyes', label: '审核人不得为经办人', value: (p) => yesNo(p.disputes.fourEyes) },
  {
    key: 'decisionNumber.checkDigit',
    label: '决定书编号校验位',
    value: (p) => (p.decisionNumber.checkDigit === 'mod7' ? '末位为流水号除以7的余数' : '不校验（仅核对位数与区划）')
  }
]

/** The profiles as a Markdown table: one row per parameter, one column per profile. */
export function profilesMarkdownTable(profiles: readonly Profile[]): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|')
  const header = `| 参数 | ${profiles.map((p) => `\`${p.id}\``).join(' | ')} |`
  const rule = `|---|${profiles.map(() => '---').join('|')}|`
  const rows = PROFILE_PARAMETERS.map((param) => `| ${param.label} | ${profiles.map((p) => escape(param.value(p))).join(' | ')} |`)
  return [header, rule, ...rows].join('\n')
}
