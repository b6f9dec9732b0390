// Violation codes used by the generator, with fines in fen and points. Codes 1625, 1352, 13451,
// 1018 and 4008 carry the figures of FACTS §4 [V data]. The others are widely published codes
// with typical figures; fines are set per province and some codes were renumbered in 2022, so
// every row marked [U] is demo data, not a reference table for rules.

export type CodeSetting = 'urban' | 'expressway'

export interface ViolationCode {
  code: string
  behaviour: string
  /** Every code here is a fine within the simple procedure (no 暂扣/吊销, no detention). */
  penalty: 'warning' | 'fine' | 'beyond_simple'
  fineFen: number
  points: number
  /** Relative frequency among generated records. */
  weight: number
  /** Share recorded by an officer on the spot (the rest by cameras). */
  onsiteShare: number
  setting: CodeSetting
}

const yuan = (n: number): number => n * 100

export const VIOLATION_CODES: readonly ViolationCode[] = [
  { code: '1039', behaviour: '机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行', penalty: 'fine', fineFen: yuan(150), points: 0, weight: 22, onsiteShare: 0, setting: 'urban' }, // [U]
  { code: '1352', behaviour: '驾驶机动车超过规定时速10%以上未达到20%', penalty: 'fine', fineFen: yuan(200), points: 3, weight: 11, onsiteShare: 0.02, setting: 'urban' },
  { code: '1625', behaviour: '驾驶机动车违反道路交通信号灯通行', penalty: 'fine', fineFen: yuan(200), points: 6, weight: 8, onsiteShare: 0.12, setting: 'urban' },
  { code: '13451', behaviour: '驾驶机动车违反禁止标线指示（压实线行驶）', penalty: 'fine', fineFen: yuan(100), points: 3, weight: 8, onsiteShare: 0.08, setting: 'urban' },
  { code: '1208', behaviour: '驾驶机动车不按所需行进方向驶入导向车道', penalty: 'fine', fineFen: yuan(100), points: 1, weight: 8, onsiteShare: 0.05, setting: 'urban' }, // [U]
  { code: '1344', behaviour: '驾驶机动车违反禁令标志指示', penalty: 'fine', fineFen: yuan(100), points: 3, weight: 7, onsiteShare: 0.05, setting: 'urban' }, // [U]
  { code: '1357', behaviour: '驾驶机动车行经人行横道未按规定减速、停车、避让行人', penalty: 'fine', fineFen: yuan(200), points: 3, weight: 6, onsiteShare: 0.15, setting: 'urban' }, // [U]
  { code: '1345', behaviour: '驾驶机动车违反禁止标线指示', penalty: 'fine', fineFen: yuan(100), points: 3, weight: 4, onsiteShare: 0.1, setting: 'urban' }, // [U]
  { code: '1223', behaviour: '驾驶机动车有拨打、接听手持电话等妨碍安全驾驶的行为', penalty: 'fine', fineFen: yuan(200), points: 3, weight: 4, onsiteShare: 0.6, setting: 'urban' }, // [U]
  { code: '6011', behaviour: '驾驶人未按规定使用安全带', penalty: 'fine', fineFen: yuan(50), points: 1, weight: 4, onsiteShare: 0.7, setting: 'urban' }, // [U]
  { code: '1018', behaviour: '驾驶机动车不在机动车道内行驶', penalty: 'fine', fineFen: yuan(50), points: 0, weight: 3, onsiteShare: 0.3, setting: 'urban' },
  { code: '1019', behaviour: '驾驶机动车违反规定使用专用车道', penalty: 'fine', fineFen: yuan(100), points: 1, weight: 3, onsiteShare: 0.05, setting: 'urban' }, // [U]
  { code: '1301', behaviour: '驾驶机动车逆向行驶', penalty: 'fine', fineFen: yuan(200), points: 3, weight: 2, onsiteShare: 0.4, setting: 'urban' }, // [U]
  { code: '1636', behaviour: '驾驶机动车在高速公路以外的道路上超过规定时速20%以上未达到50%', penalty: 'fine', fineFen: yuan(200), points: 6, weight: 2, onsiteShare: 0.05, setting: 'urban' }, // [U]
  { code: '1101', behaviour: '上道路行驶的机动车未放置检验合格标志', penalty: 'fine', fineFen: yuan(50), points: 1, weight: 1, onsiteShare: 1, setting: 'urban' }, // [U]
  { code: '4008', behaviour: '驾驶机动车在高速公路上占用应急车道行驶', penalty: 'fine', fineFen: yuan(100), points: 0, weight: 1.5, onsiteShare: 0.1, setting: 'expressway' },
  { code: '1603', behaviour: '驾驶机动车在高速公路上行驶超过规定时速20%以上未达到50%', penalty: 'fine', fineFen: yuan(200), points: 6, weight: 1.5, onsiteShare: 0.05, setting: 'expressway' } // [U]
]
