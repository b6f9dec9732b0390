// Label/value pairs as a description list: dense on screen, and read as pairs by screen readers.
import Box from '@mui/material/Box'
import type { ReactNode } from 'react'

export interface InfoItem {
  label: string
  value: ReactNode
  /** Span the whole row (long values such as an address). */
  wide?: boolean
}

export function InfoGrid({ items, minColumn = 200 }: { items: readonly InfoItem[]; minColumn?: number }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${minColumn}px, 1fr))`,
        columnGap: 3,
        rowGap: 1.25
      }}
    >
      {items.map((item) => (
        <Box key={item.label} sx={{ minWidth: 0, gridColumn: item.wide === true ? '1 / -1' : undefined }}>
          <Box component="dt" sx={{ color: 'text.secondary', fontSize: '0.8125rem', mb: 0.25 }}>
            {item.label}
          </Box>
          <Box component="dd" sx={{ m: 0, fontWeight: 500, overflowWrap: 'anywhere' }}>
            {item.value}
          </Box>
        </Box>
      ))}
    </Box>
  )
}
