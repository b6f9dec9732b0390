// 交通违法记录, newest first. Unprocessed records are what the clerk is usually here for, so their
// rows are tinted and counted in the heading. Each row carries the two rules verdicts: could the
// citizen do it on 12123 themselves, and may the window do it now (ViolationRow), and its actions:
// a tick and 处理 for a record the window may process, 缴款 for a processed one not paid yet.
// Keys: F4 walks the focus through the records that can be processed; Shift+Tab from a 处理 button
// reaches its tick, ↑ ↓ move between the ticks, Space ticks, Ctrl+Enter processes the ticked ones.
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import { alpha } from '@mui/material/styles'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useRef, useState, type KeyboardEvent } from 'react'
import type { ViolationView } from '../../../shared/contract'
import { formatFen } from '../format/money'
import { newestFirst } from '../format/order'
import { useHotkey } from '../hooks/useHotkey'
import { t } from '../i18n/zh-CN'
import { KeyHint } from './KeyHint'
import { canPay, type RowActions } from './payment/ViolationActions'
import { canProcess } from './ProcessAction'
import { SectionTitle } from './SectionTitle'
import { ViolationRow } from './ViolationRow'

const TITLE_ID = 'violations-title'
const w = t.person.violations
const s = t.payment.select

const NEXT_KEYS = [{ key: 'F4' }] as const
const PROCESS_SELECTED_KEYS = [{ key: 'Enter', ctrl: true }] as const
const TICKS = 'input[data-select-violation]'

interface ViolationsTableProps {
  violations: readonly ViolationView[]
  /** Opens processing for one record (its 处理 button) or the ticked ones (oldest first is main's business). */
  onProcess: (v: readonly ViolationView[]) => void
  onPay: (v: ViolationView) => void
  /** Off while a dialog or the lock screen is up. */
  keysEnabled: boolean
}

export function ViolationsTable({ violations, onProcess, onPay, keysEnabled }: ViolationsTableProps) {
  const rows = newestFirst(violations)
  const open = violations.filter((v) => v.status === 'unprocessed').length
  const processableRows = rows.filter(canProcess)
  const processable = processableRows.length
  const hasActions = open > 0 || violations.some(canPay)
  const section = useRef<HTMLElement>(null)
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set())
  // Ticks of records that can no longer be processed (processed meanwhile) fall away by themselves.
  const selected = processableRows.filter((v) => ticked.has(v.id))

  const toggle = (v: ViolationView): void =>
    setTicked((current) => {
      const next = new Set(current)
      if (next.has(v.id)) next.delete(v.id)
      else next.add(v.id)
      return next
    })
  const allTicked = processable > 0 && selected.length === processable
  const toggleAll = (): void => setTicked(allTicked ? new Set() : new Set(processableRows.map((v) => v.id)))
  const processSelected = (): void => {
    if (selected.length > 0) onProcess(selected)
  }

  // F4: the next 处理 button after the focused one (from the top the first time), wrapping round.
  useHotkey(
    NEXT_KEYS,
    () => {
      const buttons = Array.from(section.current?.querySelectorAll<HTMLButtonElement>('button[data-process-action]') ?? [])
      if (buttons.length === 0) return
      const at = buttons.findIndex((b) => b === document.activeElement)
      const next = buttons[(at + 1) % buttons.length]
      next?.focus()
      next?.scrollIntoView({ block: 'center' })
    },
    keysEnabled && processable > 0
  )
  useHotkey(PROCESS_SELECTED_KEYS, processSelected, keysEnabled && selected.length > 0)

  // ↑ ↓ on a tick: the tick of the row above or below.
  const moveBetweenTicks = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const target = event.target
    if (!(target instanceof HTMLInputElement) || !target.matches(TICKS)) return
    const ticks = Array.from(section.current?.querySelectorAll<HTMLInputElement>(TICKS) ?? [])
    const at = ticks.indexOf(target)
    const next = ticks[at + (event.key === 'ArrowDown' ? 1 : -1)]
    event.preventDefault()
    next?.focus()
    next?.scrollIntoView({ block: 'nearest' })
  }

  const actions = (v: ViolationView): RowActions => ({ selected: ticked.has(v.id), onToggle: toggle, onProcess: (one) => onProcess([one]), onPay })
  const fine = selected.reduce((sum, v) => sum + v.fineFen, 0)
  const points = selected.reduce((sum, v) => sum + v.points, 0)

  return (
    <Paper ref={section} component="section" sx={{ p: 2.5 }} onKeyDown={moveBetweenTicks}>
      <SectionTitle
        id={TITLE_ID}
        title={w.title}
        icon={<ReceiptLongOutlinedIcon color="primary" aria-hidden="true" />}
        aside={
          <>
            {open > 0 && <Chip color="error" label={w.openCount(open)} />}
            {processable > 0 && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto !important' }}>
                {s.hint}
              </Typography>
            )}
          </>
        }
      />
      {selected.length > 0 && (
        <Stack
          role="region"
          aria-label={s.region}
          direction="row"
          spacing={2}
          sx={(theme) => ({ alignItems: 'center', mb: 1.5, px: 2, py: 1, borderRadius: 1, bgcolor: alpha(theme.palette.primary.main, 0.06), border: 1, borderColor: 'primary.light' })}
        >
          <Typography sx={{ fontWeight: 500, flex: 1 }}>{s.summary(selected.length, formatFen(fine), points)}</Typography>
          <Button variant="text" onClick={() => setTicked(new Set())}>
            {s.clear}
          </Button>
          <Button variant="contained" onClick={processSelected} aria-keyshortcuts="Control+Enter">
            {s.process}
            <KeyHint keys={s.processShortcut} />
          </Button>
        </Stack>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary">{w.empty}</Typography>
      ) : (
        <TableContainer>
          <Table aria-label={w.title}>
            <TableHead>
              <TableRow>
                <TableCell>{w.occurredAt}</TableCell>
                <TableCell>{w.place}</TableCell>
                <TableCell>{w.behaviour}</TableCell>
                <TableCell>{w.plate}</TableCell>
                <TableCell align="right">{w.fine}</TableCell>
                <TableCell align="right">{w.points}</TableCell>
                <TableCell>{w.status}</TableCell>
                <TableCell>{w.decisionNo}</TableCell>
                <TableCell>{w.verdicts.questions.selfService}</TableCell>
                <TableCell>{w.verdicts.questions.window}</TableCell>
                {hasActions && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {processable > 1 && (
                      <Checkbox
                        size="small"
                        checked={allTicked}
                        indeterminate={selected.length > 0 && !allTicked}
                        onChange={toggleAll}
                        slotProps={{ input: { 'aria-label': s.all } }}
                        sx={{ p: 0.5, mr: 0.5 }}
                      />
                    )}
                    {w.action}
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((v) => (
                <ViolationRow key={v.id} violation={v} actions={hasActions ? actions(v) : null} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  )
}
