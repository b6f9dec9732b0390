// 待审核事项: one listbox over every case of the queue, oldest first. The focus stays on the list
// while ↑ ↓ (Home / End) move the selection, and the selected case shows beside it; each line says
// what kind of case it is, what it is about, who proposed it and how long it has waited.
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { KeyboardEvent, Ref } from 'react'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { ageInDays, type ReviewItem } from './review-items'

const r = t.disputes.review
const KIND_COLORS = { dispute: 'primary', binding: 'secondary', conflict: 'warning' } as const

interface ReviewListProps {
  items: readonly ReviewItem[]
  selected: string | null
  onSelect: (key: string) => void
  nowMs: number
  /** The screen puts the focus back here after a case was decided. */
  listRef?: Ref<HTMLDivElement>
}

export function ReviewList({ items, selected, onSelect, nowMs, listRef }: ReviewListProps) {
  const index = items.findIndex((i) => i.key === selected)
  const onKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }
    const next = moves[event.key]
    if (next === undefined || items.length === 0) return
    event.preventDefault()
    const item = items[Math.max(0, Math.min(items.length - 1, next))]
    if (item !== undefined) onSelect(item.key)
  }
  return (
    <Paper
      ref={listRef}
      role="listbox"
      aria-label={r.list}
      tabIndex={0}
      aria-activedescendant={selected === null ? undefined : `review-${selected}`}
      onKeyDown={onKeyDown}
      sx={{ maxHeight: 'calc(100vh - 260px)', overflow: 'auto', outline: 'none', '&:focus-visible': { boxShadow: (theme) => `0 0 0 3px ${theme.palette.primary.main}` } }}
    >
      {items.length === 0 && (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {r.empty}
        </Typography>
      )}
      {items.map((item) => {
        const current = item.key === selected
        return (
          <Box
            key={item.key}
            id={`review-${item.key}`}
            role="option"
            aria-selected={current}
            onClick={() => onSelect(item.key)}
            sx={{
              px: 2,
              py: 1.25,
              cursor: 'pointer',
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: current ? 'action.selected' : undefined,
              boxShadow: current ? (theme) => `inset 3px 0 0 ${theme.palette.primary.main}` : undefined,
              '&:hover': { bgcolor: current ? 'action.selected' : 'action.hover' }
            }}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Chip size="small" label={r.kinds[item.kind]} color={KIND_COLORS[item.kind]} variant="outlined" sx={{ height: 20 }} />
              <Typography sx={{ fontWeight: 700, flex: 1, minWidth: 0 }} noWrap>
                {item.title}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {r.since(ageInDays(item, nowMs))}
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary" noWrap>
              {item.subtitle}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {item.clerk ?? '—'} · {formatZoned(item.at)}
            </Typography>
          </Box>
        )
      })}
    </Paper>
  )
}
