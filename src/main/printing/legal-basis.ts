// The legal basis printed on a simple-procedure decision: the article of the Road Traffic Safety
// Law (道路交通安全法) that sets the penalty for the offence, and article 107, which lets one
// officer decide a warning or a fine of at most 200 yuan on the spot (FACTS §1).
//
// [U] Article per violation code: most driving offences are punished under article 90 (drivers
// breaking rules of passage); the exceptions below are the widely published ones for the codes in
// our data. A deployment replaces this table with the province's code table, which carries the
// article for every code.
const PENALTY_ARTICLE_BY_CODE: Readonly<Record<string, string>> = {
  // 违反规定停放、临时停车，驾驶人不在现场: 第九十三条.
  '1039': '第九十三条',
  // 未放置检验合格标志: 第九十五条.
  '1101': '第九十五条'
}
const DEFAULT_PENALTY_ARTICLE = '第九十条'

export const ROAD_TRAFFIC_SAFETY_LAW = '《中华人民共和国道路交通安全法》'

/** e.g. 《中华人民共和国道路交通安全法》第九十条、第一百零七条. */
export function legalBasisOf(code: string): string {
  const article = PENALTY_ARTICLE_BY_CODE[code] ?? PENALTY_ARTICLE_BY_CODE[code.slice(0, 4)] ?? DEFAULT_PENALTY_ARTICLE
  return `${ROAD_TRAFFIC_SAFETY_LAW}${article}、第一百零七条`
}
