// 查询结果: one row per person. The selected row is highlighted and follows ↑/↓ from the search box;
// rows also take focus themselves (one tab stop, roving) for clerks who Tab into the table.
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import { alpha } from '@mui/material/styles'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { PersonSummary } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'

interface SearchResultsTableProps {
  id: string
  people: readonly PersonSummary[]
  selected: number
  onSelect: (index: number) => void
  onOpen: (index: number) => void
}

const c = t.search.columns

export function SearchResultsTable({ id, people, selected, onSelect, onOpen }: SearchResultsTableProps) {
  const rows = useRef<(HTMLTableRowElement | null)[]>([])

  useEffect(() => {
    rows.current[selected]?.scrollIntoView({ block: 'nearest' })
  }, [selected])

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      onOpen(index)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    const next = Math.min(people.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))
    onSelect(next)
    rows.current[next]?.focus()
  }

  return (
    <TableContainer component={Paper}>
      <Table id={id} aria-label={t.search.resultsTable}>
        <TableHead>
          <TableRow>
            <TableCell>{c.name}</TableCell>
            <TableCell>{c.gender}</TableCell>
            <TableCell>{c.idNumber}</TableCell>
            <TableCell>{c.phone}</TableCell>
            <TableCell>{c.matchedBy}</TableCell>
            <TableCell align="center">{c.license}</TableCell>
            <TableCell align="right">{c.vehicles}</TableCell>
            <TableCell align="right">{c.openViolations}</TableCell>
            <TableCell padding="checkbox" />
          </TableRow>
        </TableHead>
        <TableBody>
          {people.map((p, index) => {
            const isSelected = index === selected
            return (
              <TableRow
                key={p.personId}
                ref={(el) => {
                  rows.current[index] = el
                }}
                hover
                selected={isSelected}
                aria-current={isSelected ? 'true' : undefined}
                tabIndex={isSelected ? 0 : -1}
                onClick={() => onOpen(index)}
                onFocus={() => onSelect(index)}
                onKeyDown={(e) => onRowKey(e, index)}
                sx={(theme) => ({
                  cursor: 'pointer',
                  '&.Mui-selected, &.Mui-selected:hover': {
                    bgcolor: alpha(theme.palette.primary.main, 0.12),
                    boxShadow: `inset 3px 0 0 ${theme.palette.primary.main}`
                  }
                })}
              >
                <TableCell sx={{ fontWeight: 500 }}>{p.name}</TableCell>
                <TableCell>{t.common.gender[p.gender]}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.9rem' }}>{p.idNumberMasked}</TableCell>
                <TableCell>{p.phoneMasked ?? t.common.notRecorded}</TableCell>
                <TableCell>{p.matchedBy}</TableCell>
                <TableCell align="center">{p.hasLicense ? t.search.hasLicense : t.search.noLicense}</TableCell>
                <TableCell align="right">{p.vehicleCount}</TableCell>
                <TableCell align="right">
                  {p.openViolationCount > 0 ? <Chip color="error" label={p.openViolationCount} /> : 0}
                </TableCell>
                <TableCell padding="checkbox">
                  {isSelected && <ChevronRightIcon color="primary" fontSize="small" aria-hidden="true" />}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
