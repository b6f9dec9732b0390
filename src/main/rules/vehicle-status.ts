// 机动车状态 letters as registration systems record them (GA standard table). A vehicle may carry
// several letters. [S]: wording from public code tables; names are the app's own.
export const VEHICLE_STATUS: Readonly<Record<string, string>> = {
  A: '正常',
  B: '转出',
  C: '被盗抢',
  D: '停驶',
  E: '注销',
  G: '违法未处理',
  H: '海关监管',
  I: '事故未处理',
  J: '嫌疑车',
  K: '查封',
  L: '暂扣',
  M: '强制注销',
  N: '事故逃逸',
  O: '锁定',
  P: '达到报废标准',
  Q: '逾期未检验'
}

export function describeVehicleStatus(letters: string): { code: string; name: string }[] {
  return [...letters].map((code) => ({ code, name: VEHICLE_STATUS[code] ?? `未知状态(${code})` }))
}
