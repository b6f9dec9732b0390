// Where generated people live and where violations happen: the validators' real region table,
// grouped into cities (the first four digits of the region code), each city with its plate
// letters (粤B = 深圳), its traffic-police organs, and a population weight.
import { PLATE_LETTERS } from '../rules/validators/plate'
import { PROVINCES, REGIONS, regionFullName, type Province, type Region } from '../rules/validators/regions'
import { CITY_LETTERS, MUNICIPALITY_LETTERS, CITY_WEIGHTS } from './geography-data'

export interface City {
  index: number
  /** First four digits of its regions' codes, e.g. "4403". */
  key: string
  /** "深圳市"; for a municipality the municipality itself, "北京市". */
  name: string
  province: Province
  provinceIndex: number
  plateAbbr: string
  /** Issuing-authority letters of this city, disjoint from every other city of the province. */
  letters: readonly string[]
  /** 车辆管理所 / licence issuing organ, e.g. "广东省深圳市公安局交通警察支队". */
  licenseOrgan: string
}

export interface District {
  index: number
  region: Region
  city: City
  /** "广东省深圳市南山区" */
  fullName: string
  /** "深圳市南山区", as written in place names. */
  shortName: string
  /** Discovering / deciding organ, e.g. "广东省深圳市公安局交通警察支队南山大队". */
  brigade: string
  weight: number
}

export interface Geography {
  districts: readonly District[]
  cities: readonly City[]
  /** Mainland provinces that issue plates, in table order. */
  plateProvinces: readonly { province: Province; cities: readonly City[]; districts: readonly District[] }[]
  /** Districts of each city, by city index. */
  cityDistricts: readonly (readonly District[])[]
}

function licenseOrganOf(province: Province, cityName: string): string {
  if (province.municipality) return `${province.name}公安局公安交通管理局`
  return `${province.name}${cityName}公安局交通警察支队`
}

function brigadeOf(city: City, region: Region): string {
  // "南山区" → "南山大队"; "林周县" → "林周县大队" (counties keep their suffix, as many do).
  const name = region.name.endsWith('区') && region.name.length > 2 ? region.name.slice(0, -1) : region.name
  return `${city.licenseOrgan}${name}大队`
}

function assignLetters(province: Province, cityNames: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>()
  const abbr = province.plateAbbr ?? ''
  const municipal = MUNICIPALITY_LETTERS[abbr]
  if (province.municipality && municipal !== undefined) {
    for (const name of cityNames) result.set(name, [...municipal])
    return result
  }
  const taken = new Set<string>()
  const pending: string[] = []
  for (const name of cityNames) {
    const known = CITY_LETTERS[name]
    if (known !== undefined && !taken.has(known)) {
      taken.add(known)
      result.set(name, [known])
    } else {
      pending.push(name)
    }
  }
  // Cities the table does not know get the first free letters, so cities never share one.
  for (const name of pending) {
    const free = [...PLATE_LETTERS].find((letter) => !taken.has(letter))
    if (free === undefined) throw new Error(`no plate letter left for ${province.name}${name}`)
    taken.add(free)
    result.set(name, [free])
  }
  return result
}

export function buildGeography(): Geography {
  const provinceIndex = new Map<string, number>()
  const plateProvinces = PROVINCES.filter((p) => p.plateAbbr !== undefined)
  plateProvinces.forEach((p, i) => provinceIndex.set(p.code, i))

  const regions = REGIONS.filter((r) => provinceIndex.has(r.code.slice(0, 2)))
  const cityByKey = new Map<string, City>()
  const cities: City[] = []
  for (const province of plateProvinces) {
    const own = regions.filter((r) => r.code.startsWith(province.code))
    const keys = [...new Set(own.map((r) => cityKeyOf(province, r)))]
    const nameOfKey = (key: string) => {
      const region = own.find((r) => cityKeyOf(province, r) === key)
      return region === undefined || region.city === '' ? province.name : region.city
    }
    const letters = assignLetters(province, keys.map(nameOfKey))
    for (const key of keys) {
      const name = nameOfKey(key)
      const city: City = {
        index: cities.length,
        key,
        name,
        province,
        provinceIndex: provinceIndex.get(province.code) as number,
        plateAbbr: province.plateAbbr as string,
        letters: letters.get(name) ?? ['A'],
        licenseOrgan: licenseOrganOf(province, name)
      }
      cities.push(city)
      cityByKey.set(key, city)
    }
  }

  const districts: District[] = regions.map((region, index) => {
    const province = plateProvinces[provinceIndex.get(region.code.slice(0, 2)) as number] as Province
    const city = cityByKey.get(cityKeyOf(province, region)) as City
    const cityPart = city.province.municipality ? city.province.name : region.city
    return {
      index,
      region,
      city,
      fullName: regionFullName(region.code) ?? `${city.province.name}${region.city}${region.name}`,
      shortName: `${cityPart}${region.name}`,
      brigade: brigadeOf(city, region),
      weight: districtWeight(city, region)
    }
  })

  return {
    districts,
    cities,
    plateProvinces: plateProvinces.map((province) => ({
      province,
      cities: cities.filter((c) => c.province.code === province.code),
      districts: districts.filter((d) => d.city.province.code === province.code)
    })),
    cityDistricts: cities.map((c) => districts.filter((d) => d.city === c))
  }
}

/**
 * A municipality is one city whatever its codes say (its letters are shared by all districts, so
 * two "cities" there would issue the same plates); elsewhere the prefecture is the first 4 digits.
 */
function cityKeyOf(province: Province, region: Region): string {
  return province.municipality ? `${province.code}01` : region.code.slice(0, 4)
}

function districtWeight(city: City, region: Region): number {
  const cityWeight = CITY_WEIGHTS[city.name] ?? 2
  // Rural counties (县) are far less populous than urban districts.
  return region.name.endsWith('县') ? 1 : cityWeight
}
