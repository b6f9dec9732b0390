// Public API of the input validators: pure functions, no I/O, no clock of their own.
export type { Invalid, Validation } from './result'
export {
  PLATE_PROVINCE_ABBRS,
  PROVINCES,
  REGIONS,
  findProvince,
  findProvinceByPlateAbbr,
  findRegion,
  isProvinceCode,
  regionFullName,
  regionsOfProvince,
  type Province,
  type Region
} from './regions'
export {
  computeIdCheckChar,
  makeIdNumber,
  validateIdNumber,
  type IdNumberErrorCode,
  type IdNumberInfo
} from './id-number'
export {
  IOT_PREFIX_RANGE,
  MOBILE_PREFIX_RANGES,
  SATELLITE_PREFIXES,
  isAllocatedMobilePrefix,
  isSatelliteNumber,
  validateMobile,
  type PhoneErrorCode,
  type PrefixRange
} from './phone'
export {
  PLATE_LETTERS,
  PLATE_TYPES,
  findPlateType,
  normalisePlate,
  validatePlate,
  validatePlateType,
  type PlateErrorCode,
  type PlateInfo,
  type PlateKind,
  type PlateType
} from './plate'
export {
  VEHICLE_USES,
  findVehicleUse,
  isOperating,
  validateVehicleUse,
  type VehicleUse,
  type VehicleUseCode
} from './vehicle-use'
export {
  LICENSE_CLASSES,
  LICENSE_STATUSES,
  findLicenseClass,
  findLicenseStatus,
  parseLicenseClasses,
  parseLicenseStatus,
  validateLicenseFileNo,
  type LicenseClass,
  type LicenseClassCode,
  type LicenseClassErrorCode,
  type LicenseStatus,
  type LicenseStatusLetter
} from './license'
export {
  CREDIT_CODE_ALPHABET,
  computeCreditCheckChar,
  makeCreditCode,
  validateCreditCode,
  type CreditCodeErrorCode,
  type CreditCodeInfo
} from './credit-code'
export {
  mod7CheckDigit,
  validateDecisionNumber,
  type CheckDigitStrategy,
  type DecisionNumberErrorCode,
  type DecisionNumberInfo
} from './decision-number'
export {
  MAX_SEARCH_KEY_LENGTH,
  classifySearchKey,
  type ClassifiedSearchKey,
  type SearchKey,
  type SearchKeyErrorCode,
  type SearchKeyKind,
  type SearchKeyOptions
} from './search-key'
