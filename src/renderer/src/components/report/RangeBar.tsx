// 统计期间: two date fields (typed, or stepped with ↑ ↓ per part; Enter queries), the quick choices
// Alt+1…4 and paging the period back and forth (Alt+PageUp / Alt+PageDown). What is wrong with a
// date shows under its field, from the screen's own check or from main's refusal.
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import type { KeyboardEvent } from 'react'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { QUICK_RANGES, type DateRange, type QuickRange } from './report-range'
import type { FieldErrors } from './useReport'

const r = t.report.range
const QUICK_KEYS = QUICK_RANGES.map((_, i) => [{ key: String(i + 1), alt: true }] as const)
const EARLIER_KEYS = [{ key: 'PageUp', alt: true }] as const
const LATER_KEYS = [{ key: 'PageDown', alt: true }] as const

interface RangeBarProps {
  draft: DateRange
  onDraft: (draft: DateRange) => void
  errors: FieldErrors
  onSubmit: () => void
  onQuick: (kind: QuickRange) => void
  onPage: (direction: -1 | 1) => void
  /** Main's today; null until the first answer (the quick choices wait for it). */
  today: string | null
  canLater: boolean
  keysEnabled: boolean
}

export function RangeBar({ draft, onDraft, errors, onSubmit, onQuick, onPage, today, canLater, keysEnabled }: RangeBarProps) {
  const ready = today !== null
  useHotkey(QUICK_KEYS[0]!, () => onQuick('today'), keysEnabled && ready)
  useHotkey(QUICK_KEYS[1]!, () => onQuick('yesterday'), keysEnabled && ready)
  useHotkey(QUICK_KEYS[2]!, () => onQuick('lastSeven'), keysEnabled && ready)
  useHotkey(QUICK_KEYS[3]!, () => onQuick('thisMonth'), keysEnabled && ready)
  useHotkey(EARLIER_KEYS, () => onPage(-1), keysEnabled && ready)
  useHotkey(LATER_KEYS, () => onPage(1), keysEnabled && ready && canLater)

  const onEnter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    onSubmit()
  }
  const dateField = (field: 'from' | 'to', label: string) => (
    <TextField
      label={label}
      type="date"
      size="small"
      value={draft[field]}
      onChange={(e) => onDraft({ ...draft, [field]: e.target.value })}
      onKeyDown={onEnter}
      error={errors[field] !== undefined}
      helperText={errors[field] ?? ' '}
      autoFocus={field === 'from'}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today ?? undefined, 'aria-label': label } }}
      sx={{ width: 190, flexShrink: 0 }}
    />
  )

  return (
    <Stack direction="row" spacing={1.5} role="group" aria-label={r.label} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      {dateField('from', r.from)}
      {dateField('to', r.to)}
      <Button variant="contained" onClick={onSubmit} disabled={!ready} aria-keyshortcuts="Enter" sx={{ height: 40 }}>
        {r.query}
      </Button>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: 40, pl: 1 }}>
        {QUICK_RANGES.map((kind, i) => (
          <Button key={kind} size="small" onClick={() => onQuick(kind)} disabled={!ready} aria-keyshortcuts={`Alt+${i + 1}`}>
            {r[kind]}
            <KeyHint keys={r.quickShortcut(i + 1)} />
          </Button>
        ))}
      </Stack>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: 40 }}>
        <Tooltip title={r.hint}>
          <span>
            <Button size="small" variant="outlined" onClick={() => onPage(-1)} disabled={!ready} aria-keyshortcuts="Alt+PageUp">
              {r.earlier}
              <KeyHint keys={r.earlierShortcut} />
            </Button>
          </span>
        </Tooltip>
        <Button size="small" variant="outlined" onClick={() => onPage(1)} disabled={!ready || !canLater} aria-keyshortcuts="Alt+PageDown">
          {r.later}
          <KeyHint keys={r.laterShortcut} />
        </Button>
      </Stack>
    </Stack>
  )
}
