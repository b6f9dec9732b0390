// Step 1: the records whose contact phone changes, each with its current number (masked). All are
// ticked at first; Space unticks one, Enter goes on. A refusal about the records on saving (one
// is no longer the person's) comes back here, below the list.
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { t } from '../../i18n/zh-CN'
import { targetKey, type PhoneChangeFlow } from './usePhoneChangeFlow'

const s = t.phoneChange.targets

export function TargetsStep({ flow }: { flow: PhoneChangeFlow }) {
  const reason = flow.fieldErrors.targets
  if (flow.list.length === 0) return <Typography color="text.secondary">{s.none}</Typography>
  return (
    <Stack spacing={1}>
      <Typography variant="body2">{s.intro}</Typography>
      <Box role="group" aria-label={t.phoneChange.steps[0]} sx={{ display: 'grid', gap: 0.5 }}>
        {flow.list.map((target, index) => (
          <FormControlLabel
            key={targetKey(target)}
            sx={{ mx: 0, px: 1, py: 0.25, borderRadius: 1, border: 1, borderColor: 'divider' }}
            control={
              <Checkbox
                checked={flow.selected.has(targetKey(target))}
                onChange={() => flow.toggle(targetKey(target))}
                autoFocus={index === 0}
                slotProps={{ input: { 'aria-label': s.checkboxName(target.label, target.currentPhoneMasked) } }}
              />
            }
            label={
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline' }}>
                <Box component="span" sx={{ fontWeight: 500, minWidth: 220 }}>
                  {target.label}
                </Box>
                <Box component="span" sx={{ color: target.currentPhoneMasked === null ? 'text.disabled' : 'text.primary', letterSpacing: 0.5 }}>
                  {s.current(target.currentPhoneMasked)}
                </Box>
              </Box>
            }
          />
        ))}
      </Box>
      <Typography
        variant="body2"
        color={reason !== undefined ? 'error' : flow.chosen.length === 0 ? 'warning.dark' : 'text.secondary'}
        aria-live="polite"
      >
        {reason ?? (flow.chosen.length === 0 ? s.chooseOne : s.selected(flow.chosen.length))}
      </Typography>
    </Stack>
  )
}
