// Shown for the moment between load and the first answers from main (app:info, session:current).
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { t } from '../i18n/zh-CN'

export function StartingScreen() {
  return (
    <Stack role="status" spacing={2} sx={{ height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <CircularProgress size={28} aria-hidden="true" />
      <Typography color="text.secondary">{t.transport.starting}</Typography>
    </Stack>
  )
}
