// Status bar: which desk this is, which policy profile its rules verdicts follow, how it stands
// with central (SyncIndicator), and the time at the desk, always in view for the clerk and for
// anyone reading a screenshot later. When space runs short the desk's details give way first.
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { formatClock } from '../format/time'
import { useNow } from '../hooks/useNow'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { SyncIndicator } from './SyncIndicator'

function Item({ label, value, title }: { label: string; value: string; title?: string | undefined }) {
  return (
    <Box component="span" title={title ?? `${label}：${value}`} sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}：
      </Box>
      {value}
    </Box>
  )
}

function Clock({ timeZone }: { timeZone: string | undefined }) {
  const now = useNow()
  return (
    <Box component="time" aria-label={t.shell.status.time} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatClock(now, timeZone)}
    </Box>
  )
}

export function StatusBar() {
  const { info } = useSession()
  return (
    <Stack
      component="footer"
      aria-label={t.shell.status.label}
      direction="row"
      spacing={3}
      sx={{
        px: 2,
        py: 0.5,
        alignItems: 'center',
        fontSize: '0.8125rem',
        bgcolor: '#e4e8ee',
        borderTop: 1,
        borderColor: 'divider'
      }}
    >
      <Stack direction="row" spacing={3} sx={{ minWidth: 0, overflow: 'hidden', flexShrink: 1 }}>
        <Item label={t.shell.status.workstation} value={info?.workstationName ?? '—'} />
        <Item label={t.shell.status.organ} value={info?.organName ?? '—'} />
        <Item label={t.shell.status.profile} value={info?.profile.name ?? '—'} title={info?.profile.id} />
        <Item label={t.shell.status.host} value={info === null ? '—' : t.shell.status.hostKind[info.host]} />
        <Item label={t.shell.status.version} value={info?.version ?? '—'} />
      </Stack>
      <Box sx={{ flex: 1 }} />
      <Box sx={{ flexShrink: 0 }}>
        <SyncIndicator timeZone={info?.timeZone} />
      </Box>
      <Clock timeZone={info?.timeZone} />
    </Stack>
  )
}
