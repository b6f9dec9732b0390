// The two plain lists of the sync panel: actions waiting to reach central (with how often we have
// tried and the last error) and actions central has recently confirmed (with the number central
// assigned). Rejected actions need a supervisor and have their own cards (RejectedCard).
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { SyncItem } from '../../../../shared/contract'
import { splitItemError } from '../../format/sync'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'

const p = t.sync.panel
const c = p.columns

function TypeChip({ item }: { item: SyncItem }) {
  return <Chip label={item.typeName} variant="outlined" sx={{ height: 22, fontSize: '0.75rem' }} />
}

function ItemError({ text }: { text: string | null }) {
  if (text === null) return <>—</>
  const { code, message } = splitItemError(text)
  return (
    <Box component="span" title={code ?? undefined}>
      {message}
    </Box>
  )
}

export function EmptyState({ text }: { text: string }) {
  return (
    <Box sx={{ py: 6, textAlign: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  )
}

export function PendingTable({ items }: { items: readonly SyncItem[] }) {
  if (items.length === 0) return <EmptyState text={p.empty.pending} />
  return (
    <Table aria-label={p.tables.pending} stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell align="right">{c.seq}</TableCell>
          <TableCell>{c.type}</TableCell>
          <TableCell>{c.summary}</TableCell>
          <TableCell>{c.operator}</TableCell>
          <TableCell>{c.createdAt}</TableCell>
          <TableCell align="right">{c.attempts}</TableCell>
          <TableCell>{c.lastError}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell align="right" sx={{ color: 'text.secondary' }}>
              {item.seq}
            </TableCell>
            <TableCell>
              <TypeChip item={item} />
            </TableCell>
            <TableCell>{item.summary}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.operatorName ?? p.unknownOperator}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(item.createdAt)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {p.attempts(item.attempts)}
            </TableCell>
            <TableCell sx={{ color: 'text.secondary', fontSize: '0.8125rem', maxWidth: 300 }}>
              <ItemError text={item.lastError} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

export function RecentTable({ items }: { items: readonly SyncItem[] }) {
  if (items.length === 0) return <EmptyState text={p.empty.recent} />
  return (
    <Table aria-label={p.tables.recent} stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{c.type}</TableCell>
          <TableCell>{c.summary}</TableCell>
          <TableCell>{c.assignedNo}</TableCell>
          <TableCell>{c.operator}</TableCell>
          <TableCell>{c.createdAt}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <TypeChip item={item} />
            </TableCell>
            <TableCell>{item.summary}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: item.assignedNo === null ? 400 : 500 }}>{item.assignedNo ?? '—'}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.operatorName ?? p.unknownOperator}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(item.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
