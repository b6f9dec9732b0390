// Amounts travel as integer fen so no rounding ever happens on the way; only display divides.
import { t } from '../i18n/zh-CN'

/** 20000 → "200.00 元"; 123456 → "1,234.56 元". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (abs % 100).toString().padStart(2, '0')
  return t.common.yuan(`${sign}${yuan}.${cents}`)
}
