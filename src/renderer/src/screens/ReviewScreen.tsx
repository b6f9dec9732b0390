// 审核 (Ctrl+E): the supervisors' one queue: objections awaiting review, window bindings sent to
// review and actions central refused (需处理), filterable by type, age and clerk. The list is one
// listbox (↑ ↓ move, the case opens beside it): evidence, the case, the rule checks, the history,
// and the decision. 我的异议 lists the objections the signed-in operator filed or proposed, with
// their outcome; one sent back (退回补正) opens with the form to amend and re-submit it.
// Alt+← goes back to the search.
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMemo, useRef, useState } from 'react'
import { BindingReviewPane } from '../components/disputes/BindingReviewPane'
import { DisputeReviewPane } from '../components/disputes/DisputeReviewPane'
import { MyDisputes } from '../components/disputes/MyDisputes'
import { ReviewList } from '../components/disputes/ReviewList'
import { NO_FILTER, clerksOf, filterItems, reviewItems, type AgeFilter, type ReviewFilter, type ReviewItem, type ReviewKind } from '../components/disputes/review-items'
import { useReviewQueue } from '../components/disputes/useReviewQueue'
import { KeyHint } from '../components/KeyHint'
import { RejectedCard } from '../components/sync/RejectedCard'
import { formatClock } from '../format/time'
import { useHotkey } from '../hooks/useHotkey'
import { useNow } from '../hooks/useNow'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { useShell } from '../shell/shell-context'

const r = t.disputes.review
const BACK_KEYS = [{ key: 'ArrowLeft', alt: true }] as const
const KINDS: readonly (ReviewKind | 'all')[] = ['all', 'dispute', 'binding', 'conflict']
const AGES: readonly AgeFilter[] = ['all', 'today', 'over1', 'over3']
const KIND_FILTER_NAMES = { all: r.types.all, dispute: r.types.dispute, binding: r.types.binding, conflict: r.types.conflict } as const

export function ReviewScreen({ onLeave, keysEnabled }: { onLeave: () => void; keysEnabled: boolean }) {
  const { info, session } = useSession()
  const { sync } = useShell()
  useHotkey(BACK_KEYS, onLeave, keysEnabled)
  const [tab, setTab] = useState<'awaiting' | 'mine'>(session.operator.role === 'supervisor' ? 'awaiting' : 'mine')
  const { queue, error, reload } = useReviewQueue(`${sync.status?.lastSyncAt ?? ''}|${sync.status?.pending ?? ''}|${sync.status?.rejectedOpen ?? ''}`)
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER)
  const [selected, setSelected] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)

  const items = useMemo(
    () =>
      queue === null
        ? []
        : reviewItems(queue.disputes.awaiting, queue.bindings, queue.conflicts, {
            dispute: (d) => `${r.kinds.dispute} · ${t.disputes.outcomes[d.outcome ?? 'uphold']} · ${d.personName}`,
            binding: (b) => `${r.kinds.binding} · ${b.personName} ${b.idNumberMasked}`
          }),
    [queue]
  )
  const nowMs = useNow(60_000).getTime()
  const today = formatClock(new Date(nowMs), info?.timeZone).slice(0, 10)
  const shown = filterItems(items, filter, nowMs, today)
  const current = shown.find((i) => i.key === selected) ?? shown[0] ?? null

  const reviewed = (text: string): void => {
    setNotice(text)
    // The next case takes the place of the one just decided.
    const at = shown.findIndex((i) => i.key === current?.key)
    setSelected(shown[at + 1]?.key ?? null)
    reload()
    // The decided case's buttons are gone: the list keeps the focus, on the next case.
    listRef.current?.focus()
  }

  return (
    <Box sx={{ maxWidth: 1600, mx: 'auto', px: 3, py: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={onLeave} aria-keyshortcuts="Alt+ArrowLeft">
          {t.person.back}
          <KeyHint keys="Alt+←" />
        </Button>
        <Typography variant="h1" component="h1" sx={{ fontSize: '1.5rem', fontWeight: 700 }}>
          {r.title}
        </Typography>
      </Stack>
      <Tabs value={tab} onChange={(_e, v: 'awaiting' | 'mine') => setTab(v)} sx={{ mb: 1.5 }}>
        <Tab value="awaiting" label={r.tabs.awaiting(items.length)} />
        <Tab value="mine" label={r.tabs.mine(queue?.disputes.mine.length ?? 0)} />
      </Tabs>
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {error.message}
        </Alert>
      )}
      {queue === null && error === null && <LinearProgress aria-label={t.disputes.section.loading} />}
      <Box role="status" aria-live="polite">
        {notice !== null && (
          <Alert severity="success" sx={{ mb: 1, py: 0 }} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
      </Box>
      {queue !== null && tab === 'mine' && <MyDisputes items={queue.disputes.mine} onChanged={reload} />}
      {queue !== null && tab === 'awaiting' && (
        <>
          {session.operator.role !== 'supervisor' && (
            <Alert severity="info" sx={{ mb: 1, py: 0 }}>
              {r.supervisorOnly}
            </Alert>
          )}
          <Filters items={items} filter={filter} onChange={setFilter} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '360px 1fr' }, alignItems: 'start' }}>
            <ReviewList items={shown} selected={current?.key ?? null} onSelect={setSelected} nowMs={nowMs} listRef={listRef} />
            <Paper sx={{ p: 2.5, minWidth: 0 }}>
              {current === null ? <Typography color="text.secondary">{shown.length === 0 ? r.empty : r.pick}</Typography> : <Pane item={current} onReviewed={reviewed} />}
            </Paper>
          </Box>
        </>
      )}
    </Box>
  )
}

function Pane({ item, onReviewed }: { item: ReviewItem; onReviewed: (notice: string) => void }) {
  const { session } = useSession()
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" label={r.kinds[item.kind]} color="primary" variant="outlined" />
        <Typography variant="h2" component="h2" sx={{ fontSize: '1.125rem', fontWeight: 700 }}>
          {item.title}
        </Typography>
      </Stack>
      {item.kind === 'dispute' && <DisputeReviewPane key={item.key} disputeId={item.dispute.id} onReviewed={onReviewed} />}
      {item.kind === 'binding' && <BindingReviewPane key={item.key} item={item.binding} onReviewed={onReviewed} />}
      {item.kind === 'conflict' && (
        <RejectedCard key={item.key} item={item.conflict} canResolve={session.operator.role === 'supervisor'} onResolved={() => onReviewed(r.conflict.done)} />
      )}
    </Stack>
  )
}

function Filters({ items, filter, onChange }: { items: readonly ReviewItem[]; filter: ReviewFilter; onChange: (f: ReviewFilter) => void }) {
  const clerks = clerksOf(items)
  const select = { select: { native: true }, inputLabel: { shrink: true } } as const
  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 1.5 }}>
      <TextField select size="small" label={r.filters.type} value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as ReviewFilter['kind'] })} slotProps={select} sx={{ width: 140 }}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_FILTER_NAMES[k]}
          </option>
        ))}
      </TextField>
      <TextField select size="small" label={r.filters.age} value={filter.age} onChange={(e) => onChange({ ...filter, age: e.target.value as AgeFilter })} slotProps={select} sx={{ width: 140 }}>
        {AGES.map((a) => (
          <option key={a} value={a}>
            {r.ages[a]}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={r.filters.clerk}
        value={filter.clerk ?? ''}
        onChange={(e) => onChange({ ...filter, clerk: e.target.value === '' ? null : e.target.value })}
        slotProps={select}
        sx={{ width: 220 }}
      >
        <option value="">{r.anyClerk}</option>
        {clerks.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </TextField>
    </Stack>
  )
}
