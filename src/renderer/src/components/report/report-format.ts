// How the report's figures read on screen: counts as they are, money in yuan with thousands
// separators and two decimals (the column header says 元, so the cells do not repeat it).
import { MONEY_MEASURES, type ReportMeasure } from '../../../../shared/contract/workflows/report-schemas'

/** 123456 → "1,234.56". */
export function yuanAmount(fen: number): string {
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fen < 0 ? '-' : ''}${yuan}.${(abs % 100).toString().padStart(2, '0')}`
}

export function measureText(measure: ReportMeasure, value: number): string {
  return MONEY_MEASURES.includes(measure) ? yuanAmount(value) : String(value)
}
