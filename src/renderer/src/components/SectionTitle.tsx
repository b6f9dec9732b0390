// The heading of a card on the person view, with an optional summary (counts) beside it.
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

export function SectionTitle({ id, icon, title, aside }: { id: string; icon?: ReactNode; title: string; aside?: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
      {icon}
      <Typography id={id} variant="h2" component="h2">
        {title}
      </Typography>
      {aside}
    </Stack>
  )
}
