// Marks a workstation running on invented data, so nobody mistakes it for the live system.
import Chip from '@mui/material/Chip'
import { t } from '../i18n/zh-CN'

export function DemoChip({ onDark = false }: { onDark?: boolean }) {
  return (
    <Chip
      label={t.common.demoData}
      color="warning"
      variant={onDark ? 'filled' : 'outlined'}
      sx={{ fontWeight: 500 }}
    />
  )
}
