// 数据同步 (F9): where this desk stands with central, what is still waiting to go up, what central
// sent back for a supervisor (需处理), and what it has confirmed lately. 立即同步 (F9 again) tries
// to reach central now. A dialog over whatever screen is showing, so the clerk loses nothing.
import CloseIcon from '@mui/icons-material/Close'
import SyncIcon from '@mui/icons-material/Sync'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import IconButton from '@mui/material/IconButton'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, useState } from 'react'
import type { AppError, SyncList } from '../../../../shared/contract'
import { SYNC_COLOR, syncStateKey, syncStateLabel } from '../../format/sync'
import { formatZoned } from '../../format/time'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration, useShell, type SyncTab } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { BindingReviewQueue } from '../binding/BindingReviewQueue'
import { RejectedCard } from './RejectedCard'
import { EmptyState, PendingTable, RecentTable } from './SyncTables'

const p = t.sync.panel
const TABS: readonly SyncTab[] = ['pending', 'rejected', 'recent']
const SYNC_KEYS = [{ key: 'F9' }] as const

interface SyncPanelProps {
  open: boolean
  tab: SyncTab
  onTab: (tab: SyncTab) => void
  onClose: () => void
  /** Off while the lock screen is up. */
  keysEnabled: boolean
}

export function SyncPanel({ open, tab, onTab, onClose, keysEnabled }: SyncPanelProps) {
  useModalRegistration(open)
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="lg"
      slotProps={{ paper: { sx: { height: 'min(680px, calc(100% - 64px))' } } }}
    >
      {open && <PanelBody tab={tab} onTab={onTab} onClose={onClose} keysEnabled={keysEnabled} />}
    </Dialog>
  )
}

type Notice = { severity: 'success' | 'warning' | 'error'; text: string }

function PanelBody({ tab, onTab, onClose, keysEnabled }: Omit<SyncPanelProps, 'open'>) {
  const { session, call } = useSession()
  const { sync, syncNow } = useShell()
  const status = sync.status
  const [list, setList] = useState<SyncList | null>(null)
  const [listError, setListError] = useState<AppError | null>(null)
  const [syncing, setSyncing] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const selectedTab = useRef<HTMLDivElement>(null)

  // Read the lists on opening and again whenever the status says something moved.
  const moment = status === null ? '' : [status.lastSyncAt, status.pending, status.awaitingPull, status.rejectedOpen].join('|')
  useEffect(() => {
    let live = true
    void call('sync:list', {}).then((answer) => {
      if (!live) return
      if (answer.ok) {
        setList(answer.value)
        setListError(null)
      } else {
        setListError(answer.error)
      }
    })
    return () => {
      live = false
    }
  }, [call, moment])

  // The keyboard starts on the tabs: ← → switch, Tab goes into the list.
  useEffect(() => {
    selectedTab.current?.focus()
  }, [])

  const runSync = async (): Promise<void> => {
    if (syncing) return
    setSyncing(true)
    setNotice(null)
    const answer = await syncNow()
    setSyncing(false)
    if (!answer.ok) setNotice({ severity: 'error', text: answer.error.message })
    else if (answer.value.state === 'online') {
      const at = answer.value.lastSyncAt
      setNotice({ severity: 'success', text: p.synced(at === null ? '' : formatZoned(at).slice(11)) })
    } else {
      setNotice({ severity: 'warning', text: p.syncFailed(answer.value.lastError?.message ?? syncStateLabel(answer.value)) })
    }
  }
  useHotkey(SYNC_KEYS, () => void runSync(), keysEnabled)

  const key = syncStateKey(status)
  const counts: Record<SyncTab, number | null> = {
    pending: list?.pending.length ?? null,
    rejected: list === null ? null : list.rejected.filter((item) => item.resolution === null).length,
    recent: list?.recent.length ?? null
  }
  // status.pending also counts records central keeps but nobody settles (who viewed which file).
  const otherPending = list === null || status === null ? 0 : Math.max(0, status.pending - list.pending.length)

  return (
    <>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1, pb: 1 }}>
        <SyncIcon color="primary" aria-hidden="true" />
        {p.title}
      </DialogTitle>
      <IconButton
        aria-label={p.close}
        aria-keyshortcuts="Escape"
        onClick={onClose}
        size="small"
        sx={{ position: 'absolute', top: 14, right: 16 }}
      >
        <CloseIcon fontSize="small" />
      </IconButton>
      <Box sx={{ px: 3, pb: 1.5 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Chip label={syncStateLabel(status)} color={SYNC_COLOR[key]} sx={{ fontWeight: 700, flexShrink: 0 }} />
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {t.sync.explain[key]}
            {status !== null && status.lastSyncAt !== null && ` ${t.sync.lastSync}：${formatZoned(status.lastSyncAt)}。`}
          </Typography>
          <Button
            variant="contained"
            startIcon={<SyncIcon />}
            disabled={syncing || key === 'unenrolled'}
            onClick={() => void runSync()}
            aria-keyshortcuts="F9"
            sx={{ flexShrink: 0 }}
          >
            {syncing ? p.syncing : p.syncNow}
            {!syncing && <KeyHint keys={t.sync.shortcut} />}
          </Button>
        </Stack>
        {key !== 'online' && status?.lastError != null && (
          <Typography variant="body2" sx={{ mt: 0.75, color: key === 'blocked' ? 'error.main' : 'warning.dark' }}>
            {p.lastError}：{status.lastError.message}
          </Typography>
        )}
        <Box sx={{ height: 4, mt: 1 }}>{syncing && <LinearProgress aria-hidden="true" />}</Box>
        <Box role="status" aria-live="polite">
          {notice !== null && (
            <Alert severity={notice.severity} sx={{ mt: 0.5, py: 0 }}>
              {notice.text}
            </Alert>
          )}
        </Box>
      </Box>
      <Tabs
        value={tab}
        onChange={(_e, value: SyncTab) => onTab(value)}
        selectionFollowsFocus
        aria-label={p.title}
        sx={{ px: 2, borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        {TABS.map((name) => (
          <Tab
            key={name}
            value={name}
            id={`sync-tab-${name}`}
            aria-controls={`sync-tabpanel-${name}`}
            ref={name === tab ? selectedTab : undefined}
            sx={{ minHeight: 40, py: 0.5 }}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                {p.tabs[name]}{' '}
                <CountBadge value={counts[name]} warn={name === 'rejected'} />
              </Box>
            }
          />
        ))}
      </Tabs>
      <DialogContent
        role="tabpanel"
        id={`sync-tabpanel-${tab}`}
        aria-labelledby={`sync-tab-${tab}`}
        sx={{ px: 3, py: 2, bgcolor: tab === 'rejected' ? 'background.default' : undefined }}
      >
        {listError !== null && (
          <Alert role="alert" severity="error" sx={{ mb: 2 }}>
            {listError.message}
          </Alert>
        )}
        {list === null && listError === null && <Typography color="text.secondary">{p.loading}</Typography>}
        {list !== null && tab === 'pending' && (
          <>
            <PendingTable items={list.pending} />
            {otherPending > 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                {p.otherPending(otherPending)}
              </Typography>
            )}
          </>
        )}
        {tab === 'rejected' && <BindingReviewQueue revision={moment} />}
        {list !== null && tab === 'rejected' && (
          <RejectedList list={list} canResolve={session.operator.role === 'supervisor'} onResolved={setList} />
        )}
        {list !== null && tab === 'recent' && <RecentTable items={list.recent} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, justifyContent: 'flex-start' }}>
        <Typography variant="caption" color="text.secondary">
          {p.keysHint}
        </Typography>
      </DialogActions>
    </>
  )
}

function CountBadge({ value, warn }: { value: number | null; warn: boolean }) {
  if (value === null) return null
  const alert = warn && value > 0
  return (
    <Box
      component="span"
      sx={{
        minWidth: 20,
        px: 0.75,
        borderRadius: 10,
        fontSize: '0.75rem',
        lineHeight: '20px',
        textAlign: 'center',
        bgcolor: alert ? 'warning.main' : 'action.selected',
        color: alert ? '#fff' : 'text.primary'
      }}
    >
      {value}
    </Box>
  )
}

function RejectedList({ list, canResolve, onResolved }: { list: SyncList; canResolve: boolean; onResolved: (list: SyncList) => void }) {
  if (list.rejected.length === 0) return <EmptyState text={p.empty.rejected} />
  const open = list.rejected.some((item) => item.resolution === null)
  return (
    <Stack spacing={1.5}>
      {!canResolve && open && <Alert severity="info">{p.supervisorOnly}</Alert>}
      {list.rejected.map((item) => (
        <RejectedCard key={item.id} item={item} canResolve={canResolve} onResolved={onResolved} />
      ))}
    </Stack>
  )
}
