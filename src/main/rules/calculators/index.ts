// Pure calculators used by the rules engine and, directly, by services that print amounts.
export { addDays, addMonths, daysBetween } from './calendar-days'
export {
  computeLateFee,
  paymentDueDate,
  type LateFeeInput,
  type LateFeePolicy,
  type LateFeeResult
} from './late-fee'
export {
  LICENSE_COVERAGE,
  VEHICLE_KINDS,
  VEHICLE_KIND_CODES,
  coveredClasses,
  coversVehicle,
  findVehicleKind,
  type VehicleKind,
  type VehicleKindInfo
} from './license-coverage'
export { LARGE_VEHICLE_CLASSES, fullScoreConsequence, type FullScoreConsequence } from './full-score'
