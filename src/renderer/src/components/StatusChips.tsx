// A record's status letters (a license may carry several, e.g. H and M) as coloured chips.
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import type { Severity } from '../format/status'
import { t } from '../i18n/zh-CN'

interface CodeName {
  code: string
  name: string
}

export function StatusChips({ items, severity }: { items: readonly CodeName[]; severity: (code: string) => Severity }) {
  if (items.length === 0) return <span>{t.common.none}</span>
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {items.map((item) => {
        const color = severity(item.code)
        return (
          <Chip
            key={item.code}
            label={item.name}
            title={item.code}
            color={color}
            variant={color === 'success' ? 'outlined' : 'filled'}
          />
        )
      })}
    </Stack>
  )
}
