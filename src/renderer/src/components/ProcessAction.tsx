// The 处理 button of a violation row. Shown only for unprocessed records: enabled when the window
// verdict allows processing here and now; otherwise it stays in place (reachable by keyboard,
// aria-disabled) with the refusal as its tooltip, so the clerk sees why not without a click.
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Tooltip from '@mui/material/Tooltip'
import type { ViolationView } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'

const p = t.process

/** Reasons the window may not process it, in the verdict's own words. */
function refusal(v: ViolationView): string[] {
  const verdict = v.verdicts.window
  if (!verdict.available) return [verdict.unavailableReason?.message ?? t.person.violations.verdicts.states.unavailable]
  return verdict.denials.map((d) => d.message)
}

export function canProcess(v: ViolationView): boolean {
  return v.status === 'unprocessed' && v.verdicts.window.available && v.verdicts.window.allowed
}

export function ProcessAction({ violation, onProcess }: { violation: ViolationView; onProcess: (v: ViolationView) => void }) {
  if (violation.status !== 'unprocessed') return null
  if (canProcess(violation)) {
    return (
      <Button variant="contained" size="small" data-process-action="" onClick={() => onProcess(violation)} sx={{ minWidth: 56 }}>
        {p.action}
      </Button>
    )
  }
  const reasons = refusal(violation)
  return (
    <Tooltip
      describeChild
      title={
        <Box>
          <Box sx={{ fontWeight: 700 }}>{p.notAllowed}</Box>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </Box>
        </Box>
      }
    >
      <Button
        variant="outlined"
        size="small"
        aria-disabled="true"
        onClick={(e) => e.preventDefault()}
        sx={{ minWidth: 56, color: 'text.disabled', borderColor: 'action.disabledBackground', cursor: 'not-allowed', '&:hover': { bgcolor: 'transparent', borderColor: 'action.disabledBackground' } }}
      >
        {p.action}
      </Button>
    </Tooltip>
  )
}
