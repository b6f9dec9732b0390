// The sync part of the status bar: the state as a chip that opens the sync panel (F9), what is
// waiting for central, what waits for a supervisor, when we last reached central, and a warning
// when this machine's clock is off. None of it ever blocks work at the counter.
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined'
import CloudDownloadOutlinedIcon from '@mui/icons-material/CloudDownloadOutlined'
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined'
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined'
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined'
import ScheduleOutlinedIcon from '@mui/icons-material/ScheduleOutlined'
import SyncDisabledOutlinedIcon from '@mui/icons-material/SyncDisabledOutlined'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import type { ReactElement } from 'react'
import type { SyncStatusDto } from '../../../shared/contract'
import { lastSyncText, skewMinutes, SYNC_COLOR, syncStateLabel, type SyncStateKey } from '../format/sync'
import { formatZoned } from '../format/time'
import { useNow } from '../hooks/useNow'
import { t } from '../i18n/zh-CN'
import { useShell } from '../shell/shell-context'
import { KeyHint } from './KeyHint'

const s = t.sync

const ICONS: Record<SyncStateKey, ReactElement> = {
  online: <CloudDoneOutlinedIcon />,
  offline: <CloudOffOutlinedIcon />,
  bootstrapping: <CloudDownloadOutlinedIcon />,
  unenrolled: <HelpOutlineIcon />,
  blocked: <SyncDisabledOutlinedIcon />,
  unknown: <HelpOutlineIcon />
}

const chipSx = { height: 22, fontWeight: 500, '& .MuiChip-label': { px: 1 } } as const

function Count({ label, value, strong }: { label: string; value: number; strong: boolean }) {
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}：
      </Box>
      <Box component="span" sx={{ fontWeight: strong ? 700 : 400, color: strong ? 'primary.main' : undefined }}>
        {value}
      </Box>
    </Box>
  )
}

/** The state's explanation for the tooltip: what it means at the counter, and the last error. */
function explanation(key: SyncStateKey, status: SyncStatusDto | null, failure: string | null): string {
  const lines: string[] = [s.explain[key]]
  if (failure !== null) lines.push(failure)
  else if (status?.lastError != null && key !== 'online') lines.push(status.lastError.message)
  lines.push(s.openHint)
  return lines.join('\n')
}

export function SyncIndicator({ timeZone }: { timeZone: string | undefined }) {
  const { sync, openSyncPanel } = useShell()
  // "N 分钟前" moves on by itself; a quarter minute is fine enough for it.
  const now = useNow(15_000)
  const { status, error } = sync
  const key: SyncStateKey = error !== null ? 'unknown' : status === null ? 'unknown' : status.state
  const label = error !== null ? s.states.unknown : syncStateLabel(status)
  const enrolled = status !== null && status.state !== 'unenrolled'
  const blockedMessage = key === 'blocked' ? (status?.lastError?.message ?? null) : null

  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Tooltip title={<Box sx={{ whiteSpace: 'pre-line' }}>{explanation(key, status, error?.message ?? null)}</Box>} describeChild>
        <Chip
          icon={ICONS[key]}
          label={
            <>
              {label}
              <KeyHint keys={s.shortcut} />
            </>
          }
          color={SYNC_COLOR[key]}
          variant={key === 'online' ? 'outlined' : 'filled'}
          onClick={() => openSyncPanel()}
          aria-label={s.chipLabel(label)}
          aria-keyshortcuts="F9"
          sx={{ ...chipSx, bgcolor: key === 'online' ? 'background.paper' : undefined }}
        />
      </Tooltip>
      {blockedMessage !== null && (
        <Box component="span" title={blockedMessage} sx={{ color: 'error.main', maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {blockedMessage}
        </Box>
      )}
      {enrolled && <Count label={s.pending} value={status.pending} strong={status.pending > 0} />}
      {enrolled &&
        (status.rejectedOpen > 0 ? (
          <Chip
            icon={<ReportGmailerrorredOutlinedIcon />}
            label={`${s.rejected}：${status.rejectedOpen}`}
            color="warning"
            onClick={() => openSyncPanel('rejected')}
            sx={chipSx}
          />
        ) : (
          <Count label={s.rejected} value={0} strong={false} />
        ))}
      {enrolled && (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }} title={status.lastSyncAt === null ? undefined : formatZoned(status.lastSyncAt)}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {s.lastSync}：
          </Box>
          {lastSyncText(status.lastSyncAt, now, timeZone)}
        </Box>
      )}
      {status?.skewWarning === true && status.skewMs !== null && (
        <Chip role="status" icon={<ScheduleOutlinedIcon />} color="warning" variant="outlined" label={s.skew(skewMinutes(status.skewMs))} sx={{ ...chipSx, bgcolor: 'background.paper' }} />
      )}
    </Stack>
  )
}
