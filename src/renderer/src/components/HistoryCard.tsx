// 业务记录: what was done for this person at any window, in 12123 or at a bank, newest first: when,
// what, who (姓名 and 警号) and where. Records saved here that central has not confirmed yet say so.
import HistoryIcon from '@mui/icons-material/History'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { HistoryEntry } from '../../../shared/contract'
import { formatZoned } from '../format/time'
import { SectionTitle } from './SectionTitle'

const TITLE_ID = 'history-title'

const CHANNEL_NAMES: Record<HistoryEntry['channel'], string> = {
  window: '窗口',
  app: '交管12123',
  bank: '银行',
  central: '交管中心'
}

export function HistoryCard({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <Paper component="section" aria-labelledby={TITLE_ID} sx={{ p: 2.5 }}>
      <SectionTitle id={TITLE_ID} title="业务记录" icon={<HistoryIcon color="primary" aria-hidden="true" />} />
      {history.length === 0 ? (
        <Typography color="text.secondary">暂无在窗口或网上办理的业务记录</Typography>
      ) : (
        <Table size="small" aria-labelledby={TITLE_ID}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 150 }}>办理时间</TableCell>
              <TableCell>业务</TableCell>
              <TableCell sx={{ width: 170 }}>经办人</TableCell>
              <TableCell sx={{ width: 260 }}>办理地点</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((h) => (
              <TableRow key={h.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(h.at)}</TableCell>
                <TableCell>
                  {h.summary}
                  {h.pending && <Chip size="small" color="warning" variant="outlined" label="待中心确认" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{h.operator ?? CHANNEL_NAMES[h.channel]}</TableCell>
                <TableCell>{h.channel === 'window' ? h.place : `${CHANNEL_NAMES[h.channel]}（${h.place}）`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
