// 使用性质 (vehicle use) codes, GA 802 as quoted in FACTS §4 [S].
// A–N are listed by name in FACTS §4. O–S are only described there as "校车 and 危化品"; the
// letter-to-name assignment below comes from secondary lists and is [U] (unconfirmed): verify it
// against the GA 802 edition the deployment's upstream system uses.
import { invalid, valid, type Validation } from './result'
import { removeWhitespace, toHalfWidth } from './text'

export type VehicleUseCode =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J'
  | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S'

export interface VehicleUse {
  code: VehicleUseCode
  name: string
}

export const VEHICLE_USES: readonly VehicleUse[] = [
  { code: 'A', name: '非营运' },
  { code: 'B', name: '公路客运' },
  { code: 'C', name: '公交客运' },
  { code: 'D', name: '出租客运' },
  { code: 'E', name: '旅游客运' },
  { code: 'F', name: '货运' },
  { code: 'G', name: '租赁' },
  { code: 'H', name: '警用' },
  { code: 'I', name: '消防' },
  { code: 'J', name: '救护' },
  { code: 'K', name: '工程救险' },
  { code: 'L', name: '营转非' },
  { code: 'M', name: '出租转非' },
  { code: 'N', name: '教练' },
  { code: 'O', name: '幼儿校车' }, // [U]
  { code: 'P', name: '小学生校车' }, // [U]
  { code: 'Q', name: '其他校车' }, // [U]
  { code: 'R', name: '危化品运输' }, // [U]
  { code: 'S', name: '中小学生校车' } // [U]
]

const useByCode = new Map<string, VehicleUse>(VEHICLE_USES.map((u) => [u.code, u]))

export function findVehicleUse(code: string): VehicleUse | undefined {
  return useByCode.get(code)
}

export function validateVehicleUse(
  code: string
): Validation<VehicleUse, 'VEHICLE_USE_EMPTY' | 'VEHICLE_USE_UNKNOWN'> {
  const text = removeWhitespace(toHalfWidth(code)).toUpperCase()
  if (text === '') return invalid('VEHICLE_USE_EMPTY', '请选择车辆使用性质')
  const found = useByCode.get(text)
  if (found === undefined) {
    return invalid(
      'VEHICLE_USE_UNKNOWN',
      `使用性质代码“${text}”不存在（有效代码为A至S），请从列表中选择`
    )
  }
  return valid(found)
}

// Non-operating uses: A 非营运, and L 营转非 / M 出租转非. The names of L and M say the vehicle
// *was* operating (commercial passenger transport / taxi) and has been converted to
// non-operating use; their registration now carries no operating licence, so they are treated
// as non-operating here.
//
// Every other use counts as "operating" for the counter rules, including the special-purpose
// uses (H 警用, I 消防, J 救护, K 工程救险), 教练 and the school buses, which are not commercial
// "营运" in the everyday sense. The rules that ask this question (non-owned binding, online
// self-service) only admit ordinary private non-operating vehicles, so failing closed is right:
// answering "non-operating" for a police car or a school bus would wrongly let it through.
//
// Note: RULES.md VEHICLE_USAGE_OPERATING for online self-service is literally "use is not A";
// a policy that must keep L/M out too should test `code !== 'A'`, not `isOperating`.
const NON_OPERATING: ReadonlySet<VehicleUseCode> = new Set<VehicleUseCode>(['A', 'L', 'M'])

export function isOperating(code: VehicleUseCode): boolean {
  return !NON_OPERATING.has(code)
}
