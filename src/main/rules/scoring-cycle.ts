// The scoring cycle (记分周期) runs 12 months from the license's first-issue date, year on year
// (公安部令第163号; FACTS §3). A first issue on 29 February anniversaries on 28 February in common years.

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function anniversary(year: number, month: number, day: number): string {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function dayBefore(isoDate: string): string {
  const t = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)))
  return new Date(t - 86400000).toISOString().slice(0, 10)
}

/** The cycle containing `today` (both YYYY-MM-DD): start inclusive, end inclusive. */
export function scoringCycle(firstIssueDate: string, today: string): { start: string; end: string } {
  const month = Number(firstIssueDate.slice(5, 7))
  const day = Number(firstIssueDate.slice(8, 10))
  const year = Number(today.slice(0, 4))
  let start = anniversary(year, month, day)
  if (start > today) start = anniversary(year - 1, month, day)
  if (start < firstIssueDate) start = firstIssueDate
  const startYear = Number(start.slice(0, 4))
  return { start, end: dayBefore(anniversary(startYear + 1, month, day)) }
}
