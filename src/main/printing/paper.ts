// Paper and type area (版心). The simple-procedure decision is set in an 80 × 150 mm type area
// (FACTS §1); it is printed centred on whatever paper the window's printer holds (A4 by default,
// workstation.json `printing.paper`). The page margins are what centres it, so a longer text that
// needs a second page gets the same type area there.

export const PAPER_SIZES = {
  A4: { widthMm: 210, heightMm: 297 },
  A5: { widthMm: 148, heightMm: 210 },
  B5: { widthMm: 176, heightMm: 250 }
} as const
export const PAPER_NAMES = ['A4', 'A5', 'B5'] as const satisfies readonly (keyof typeof PAPER_SIZES)[]
export type PaperName = (typeof PAPER_NAMES)[number]

export interface PageSize {
  widthMm: number
  heightMm: number
}

export interface TypeArea {
  widthMm: number
  heightMm: number
}

/** The simple-procedure decision's type area (FACTS §1). */
export const DECISION_TYPE_AREA: TypeArea = { widthMm: 80, heightMm: 150 }

export interface PageLayout {
  page: PageSize
  area: TypeArea
  /** Margins that centre the type area on the page, in mm. */
  marginTopMm: number
  marginLeftMm: number
}

export function centredLayout(paper: PaperName, area: TypeArea): PageLayout {
  const page = PAPER_SIZES[paper]
  if (area.widthMm > page.widthMm || area.heightMm > page.heightMm) {
    throw new RangeError(`type area ${area.widthMm}×${area.heightMm} mm does not fit on ${paper}`)
  }
  return { page, area, marginTopMm: (page.heightMm - area.heightMm) / 2, marginLeftMm: (page.widthMm - area.widthMm) / 2 }
}

/** The @page rule: the paper, and margins leaving exactly the type area. */
export function pageRule(layout: PageLayout): string {
  const mm = (n: number): string => `${Number(n.toFixed(2))}mm`
  return `@page{size:${mm(layout.page.widthMm)} ${mm(layout.page.heightMm)};margin:${mm(layout.marginTopMm)} ${mm(layout.marginLeftMm)};}`
}
