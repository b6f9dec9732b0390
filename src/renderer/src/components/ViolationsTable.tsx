// 交通违法记录, newest first. Unprocessed records are what the clerk is usually here for, so their
// rows are tinted and counted in the heading. Each row carries the two rules verdicts: could the
// citizen do it on 12123 themselves, and may the window do it now (ViolationRow), and the 处理
// action; F4 walks the focus through the records that can be processed.
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useRef } from 'react'
import type { ViolationView } from '../../../shared/contract'
import { newestFirst } from '../format/order'
import { useHotkey } from '../hooks/useHotkey'
import { t } from '../i18n/zh-CN'
import { canProcess } from './ProcessAction'
import { SectionTitle } from './SectionTitle'
import { ViolationRow } from './ViolationRow'

const TITLE_ID = 'violations-title'
const w = t.person.violations

const NEXT_KEYS = [{ key: 'F4' }] as const

interface ViolationsTableProps {
  violations: readonly ViolationView[]
  onProcess: (v: ViolationView) => void
  /** Off while a dialog or the lock screen is up. */
  keysEnabled: boolean
}

export function ViolationsTable({ violations, onProcess, keysEnabled }: ViolationsTableProps) {
  const rows = newestFirst(violations)
  const open = violations.filter((v) => v.status === 'unprocessed').length
  const processable = violations.filter(canProcess).length
  const section = useRef<HTMLElement>(null)

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

  return (
    <Paper ref={section} component="section" sx={{ p: 2.5 }}>
      <SectionTitle
        id={TITLE_ID}
        title={w.title}
        icon={<ReceiptLongOutlinedIcon color="primary" aria-hidden="true" />}
        aside={
          <>
            {open > 0 && <Chip color="error" label={w.openCount(open)} />}
            {processable > 0 && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto !important' }}>
                {t.process.nextHint}
              </Typography>
            )}
          </>
        }
      />
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
                {open > 0 && <TableCell>{w.action}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((v) => (
                <ViolationRow key={v.id} violation={v} onProcess={open > 0 ? onProcess : null} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  )
}
