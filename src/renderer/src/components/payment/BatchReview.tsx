// What the clerk reviews before processing several violations: the records in the order they will
// be decided (oldest first), each with the driver's points before and after it, the warnings of the
// rules for it as it will be decided (the points of the records above it added), and a tick for
// every warning the driver must be told (the record that reaches 12). Warnings every record shares
// (working offline) are said once, above.
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Finding } from '../../../../shared/contract'
import type { BatchPreview, BatchPreviewItem } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { FindingList } from '../FindingList'

const b = t.payment.batch
const p = t.process

export const confirmKey = (violationId: string, index: number): string => `${violationId}|${index}`

/** Warnings that read the same for every record of the batch (said once). */
export function commonWarnings(items: readonly BatchPreviewItem[]): Finding[] {
  const [first, ...rest] = items
  if (first === undefined || rest.length === 0) return []
  return first.verdict.warnings.filter(
    (w) => w.confirm !== true && rest.every((item) => item.verdict.warnings.some((x) => x.code === w.code && x.message === w.message))
  )
}

interface WarningBoxProps {
  finding: Finding
  checked: boolean
  onToggle: () => void
  autoFocus: boolean
}

/** One warning; one the driver must be told carries its tick. */
export function WarningBox({ finding, checked, onToggle, autoFocus }: WarningBoxProps) {
  const confirm = finding.confirm === true
  return (
    <Box
      sx={(theme) => ({
        px: 1.5,
        py: 1,
        borderRadius: 1,
        border: 1,
        borderColor: confirm ? theme.palette.warning.main : theme.palette.divider,
        bgcolor: confirm ? '#fff8e6' : 'transparent'
      })}
    >
      <FindingList findings={[finding]} dense />
      {confirm && (
        <FormControlLabel
          control={<Checkbox checked={checked} onChange={onToggle} autoFocus={autoFocus} color="warning" size="small" />}
          label={p.confirm}
          sx={{ mt: 0.5, '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
        />
      )}
    </Box>
  )
}

interface BatchReviewProps {
  preview: BatchPreview
  confirmed: ReadonlySet<string>
  onToggle: (key: string) => void
  /** The first tick to focus, if any. */
  firstConfirm: string | null
}

export function BatchReview({ preview, confirmed, onToggle, firstConfirm }: BatchReviewProps) {
  const common = commonWarnings(preview.items)
  const shared = new Set(common.map((w) => `${w.code}|${w.message}`))
  return (
    <Stack spacing={1.5}>
      <Typography sx={{ fontWeight: 500 }}>{b.summary(preview.items.length, formatFen(preview.totals.fineFen), preview.totals.points)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {b.order}
        {b.pointsPath(preview.cyclePointsBefore, preview.cyclePointsAfter)}
      </Typography>
      {common.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mb: 0.5 }}>
            {b.common}
          </Typography>
          <FindingList findings={common} />
        </Box>
      )}
      {preview.items.map((item, n) => {
        const warnings = item.verdict.warnings.map((finding, index) => ({ finding, index })).filter(({ finding }) => !shared.has(`${finding.code}|${finding.message}`))
        const refused = !item.verdict.allowed
        return (
          <Box
            key={item.violationId}
            role="group"
            aria-label={b.record(item.recordNo)}
            sx={(theme) => ({ border: 1, borderColor: refused ? theme.palette.error.main : theme.palette.divider, borderRadius: 1, p: 1.5 })}
          >
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap', rowGap: 0.5 }}>
              <Typography sx={{ fontWeight: 700 }}>{`${n + 1}. ${item.plate}`}</Typography>
              <Typography variant="body2">{formatZoned(item.occurredAt)}</Typography>
              <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
                {item.code} {item.behaviour}
              </Typography>
              <Typography variant="body2">{formatFen(item.fineFen)}</Typography>
              <Typography variant="body2" sx={{ fontWeight: 700 }}>
                {p.pointsValue(item.points)}
              </Typography>
              <Typography variant="body2" color={item.cyclePointsAfter >= 12 ? 'error.main' : 'text.secondary'}>
                {b.running(item.cyclePointsBefore, item.cyclePointsAfter)}
              </Typography>
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {b.record(item.recordNo)}
            </Typography>
            {refused && (
              <Box sx={{ mt: 1, color: 'error.main' }}>
                {item.verdict.available ? <FindingList findings={item.verdict.denials} /> : <Typography variant="body2">{item.verdict.unavailableReason?.message}</Typography>}
              </Box>
            )}
            {warnings.length > 0 && (
              <Stack spacing={1} sx={{ mt: 1 }}>
                {warnings.map(({ finding, index }) => {
                  const key = confirmKey(item.violationId, index)
                  return <WarningBox key={key} finding={finding} checked={confirmed.has(key)} onToggle={() => onToggle(key)} autoFocus={key === firstConfirm} />
                })}
              </Stack>
            )}
            {!refused && item.verdict.consequences.length > 0 && (
              <Box sx={{ mt: 1, color: 'text.secondary' }}>
                <FindingList findings={item.verdict.consequences} />
              </Box>
            )}
          </Box>
        )
      })}
    </Stack>
  )
}
