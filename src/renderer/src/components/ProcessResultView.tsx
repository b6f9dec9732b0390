// The result of processing a violation: the decision as main saved it, and where central stands
// on it. A provisional number is marked 临时 and replaced here once central assigns the real one.
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ProcessResult } from '../../../shared/contract'
import { formatFen } from '../format/money'
import { t } from '../i18n/zh-CN'
import { useShell } from '../shell/shell-context'
import { InfoGrid } from './InfoGrid'

const p = t.process

export function ProvisionalChip() {
  return <Chip label={p.provisional} title={p.provisionalTitle} color="warning" sx={{ height: 20, ml: 1, fontSize: '0.75rem' }} />
}

export function ProcessResultView({ result }: { result: ProcessResult }) {
  const { commandOutcome } = useShell()
  const outcome = result.provisional ? commandOutcome(result.commandId) : undefined
  const definitive = outcome?.kind === 'confirmed' ? outcome.decisionNo : null
  const number = definitive ?? result.decisionNo
  const provisional = result.provisional && definitive === null

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CheckCircleIcon color="success" aria-hidden="true" />
        <Typography variant="h2" component="h3">
          {p.done}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {p.doneSummary}
        </Typography>
      </Stack>
      <InfoGrid
        minColumn={170}
        items={[
          {
            label: p.decisionNo,
            value: (
              <Box component="span" sx={{ fontSize: '1.125rem', letterSpacing: 0.5 }}>
                {number}
                {provisional && <ProvisionalChip />}
              </Box>
            )
          },
          { label: p.dueDate, value: p.dueDateValue(result.dueDate) },
          { label: p.fine, value: formatFen(result.fineFen) },
          { label: p.points, value: p.pointsValue(result.points) }
        ]}
      />
      {result.provisional && outcome?.kind === 'rejected' && <Alert severity="error">{p.rejected(outcome.message)}</Alert>}
      {result.provisional && outcome?.kind === 'confirmed' && definitive !== null && <Alert severity="success">{p.confirmed(definitive)}</Alert>}
      {provisional && outcome?.kind !== 'rejected' && <Alert severity="info">{p.waiting}</Alert>}
    </Stack>
  )
}
