// One violation in the table, with its two verdict chips and its actions (tick / 处理, or 缴款); the chip the clerk
// opens shows its reasons and sources in a row of its own right below, so the table stays one
// column of records. A provisional decision number (central has not confirmed it yet) is marked.
import Chip from '@mui/material/Chip'
import { alpha } from '@mui/material/styles'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { ViolationView } from '../../../shared/contract'
import { isProvisionalDecisionNo } from '../format/decision'
import { formatFen } from '../format/money'
import { violationSeverity } from '../format/status'
import { formatZoned } from '../format/time'
import { t } from '../i18n/zh-CN'
import { ViolationActions, type RowActions } from './payment/ViolationActions'
import { ProvisionalChip } from './ProcessResultView'
import { VerdictChip } from './VerdictChip'
import { VerdictDetails } from './VerdictDetails'

const w = t.person.violations
const QUESTIONS = ['selfService', 'window'] as const
type Question = (typeof QUESTIONS)[number]

/** Columns of the table without the 操作 column, for the details row that spans them all. */
export const VIOLATION_COLUMNS = 10

interface ViolationRowProps {
  violation: ViolationView
  /** null: the table has no 操作 column (nothing in it to process or to pay). */
  actions: RowActions | null
}

export function ViolationRow({ violation: v, actions }: ViolationRowProps) {
  const [open, setOpen] = useState<Question | null>(null)
  const unprocessed = v.status === 'unprocessed'
  const detailsId = (q: Question): string => `verdict-${v.id}-${q}`
  return (
    <>
      <TableRow
        sx={(theme) => ({
          ...(unprocessed && {
            bgcolor: alpha(theme.palette.error.main, 0.06),
            boxShadow: `inset 3px 0 0 ${theme.palette.error.main}`
          }),
          // The open details belong to this row: no rule between them.
          ...(open !== null && { '& > td': { borderBottom: 0 } })
        })}
      >
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(v.occurredAt)}</TableCell>
        <TableCell>{v.place}</TableCell>
        <TableCell>
          {v.behaviour}
          <Typography component="div" variant="caption" color="text.secondary">
            {v.code} · {w.sources[v.source]}
          </Typography>
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{v.plate}</TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          {formatFen(v.fineFen)}
        </TableCell>
        <TableCell align="right" sx={{ fontWeight: v.points > 0 ? 700 : 400 }}>
          {v.points}
        </TableCell>
        <TableCell>
          <Chip label={w.statuses[v.status]} color={violationSeverity(v.status)} variant={unprocessed ? 'filled' : 'outlined'} />
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          {v.decisionNo ?? '—'}
          {isProvisionalDecisionNo(v.decisionNo) && <ProvisionalChip />}
        </TableCell>
        {QUESTIONS.map((q) => (
          <TableCell key={q}>
            <VerdictChip
              question={w.verdicts.questions[q]}
              verdict={v.verdicts[q]}
              expanded={open === q}
              controls={detailsId(q)}
              onToggle={() => setOpen((current) => (current === q ? null : q))}
            />
          </TableCell>
        ))}
        {actions !== null && (
          <TableCell>
            <ViolationActions violation={v} actions={actions} />
          </TableCell>
        )}
      </TableRow>
      {open !== null && (
        <TableRow sx={unprocessed ? (theme) => ({ boxShadow: `inset 3px 0 0 ${theme.palette.error.main}` }) : undefined}>
          <TableCell colSpan={VIOLATION_COLUMNS + (actions === null ? 0 : 1)} sx={{ pt: 0, pb: 1.5, pl: 3 }}>
            <VerdictDetails id={detailsId(open)} question={w.verdicts.questions[open]} recordNo={v.recordNo} verdict={v.verdicts[open]} />
          </TableCell>
        </TableRow>
      )}
    </>
  )
}
