// A handful of real keys from the generated data, for the demo's start-up message and for tests:
// the first row (in generation order) that shows each interesting situation.

export type ExampleKind = 'idNumber' | 'plate' | 'phone' | 'decisionNo'

export interface SeedExample {
  label: string
  kind: ExampleKind
  key: string
  personId: string
}

/** The situations, in the order they are reported. Labels are what the demo prints. */
export const EXAMPLE_SLOTS = {
  highPoints: '记分9分以上且有多条违法记录的驾驶人',
  abnormalLicense: '驾驶证状态不是“正常”的驾驶人',
  fullScore: '本记分周期已满12分的驾驶人',
  binder: '备案了非本人车辆的驾驶人',
  newEnergy: '名下有新能源汽车的车主（号牌）',
  unprocessed: '有未处理违法记录的车辆（号牌）',
  unitVehicle: '单位名下的车辆（号牌，经办人为单位负责人）',
  account: '已注册交管12123的用户（手机号码）',
  paidDecision: '已缴款的处罚决定书',
  overdueDecision: '逾期未缴款的处罚决定书'
} as const

export type ExampleSlot = keyof typeof EXAMPLE_SLOTS

export class ExampleCollector {
  private readonly found = new Map<ExampleSlot, SeedExample>()

  wants(slot: ExampleSlot): boolean {
    return !this.found.has(slot)
  }

  offer(slot: ExampleSlot, kind: ExampleKind, key: string, personId: string): void {
    if (this.found.has(slot)) return
    this.found.set(slot, { label: EXAMPLE_SLOTS[slot], kind, key, personId })
  }

  list(): SeedExample[] {
    return (Object.keys(EXAMPLE_SLOTS) as ExampleSlot[]).flatMap((slot) => {
      const example = this.found.get(slot)
      return example === undefined ? [] : [example]
    })
  }
}
