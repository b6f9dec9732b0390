// Step 2 of 新增备案: the owner's consent. Either the owner (a unit's manager) is at the window and
// the clerk ticks that the ID document was checked, or a code goes to the owner's phone on record
// (shown masked) and the citizen reads it back. Away from central no code can be sent: the step
// says so and only the owner's presence remains.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { t } from '../../i18n/zh-CN'
import { SmsCodeField } from '../sms/SmsCodeField'
import type { BindFlow, ConsentMode } from './useBindFlow'

const c = t.binding.consent

export function ConsentStep({ flow, online }: { flow: BindFlow; online: boolean }) {
  const vehicle = flow.found?.vehicle
  if (vehicle === undefined) return null
  // Only the masked number is on screen; main addresses the code to the owner by the vehicle.
  const phone = vehicle.consentPhoneMasked
  return (
    <Stack spacing={2}>
      <Typography id="binding-consent-label">{c.intro(vehicle.ownerName)}</Typography>
      <RadioGroup
        aria-labelledby="binding-consent-label"
        value={flow.consent}
        onChange={(e) => {
          flow.setConsent(e.target.value as ConsentMode)
          flow.setError(null)
        }}
      >
        <FormControlLabel value="owner_present" control={<Radio autoFocus={flow.consent === 'owner_present'} />} label={c.present} />
        <Typography variant="body2" color="text.secondary" sx={{ ml: 4, mt: -0.5, mb: 1 }}>
          {c.presentHelp}
        </Typography>
        <FormControlLabel value="sms_code" control={<Radio autoFocus={flow.consent === 'sms_code'} />} label={c.sms} disabled={phone === null} />
        <Typography variant="body2" color="text.secondary" sx={{ ml: 4, mt: -0.5 }}>
          {phone === null ? c.smsNoPhone : c.smsHelp(phone)}
        </Typography>
      </RadioGroup>
      <Box sx={{ pl: 4 }}>
        {flow.consent === 'owner_present' && (
          <FormControlLabel
            control={<Checkbox checked={flow.presentTicked} onChange={(e) => flow.setPresentTicked(e.target.checked)} color="warning" />}
            label={c.presentTick}
            sx={{ '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
          />
        )}
        {flow.consent === 'sms_code' && phone !== null && (
          <Stack spacing={1}>
            {!online && <Alert severity="warning">{c.smsOffline}</Alert>}
            <SmsCodeField
              bindingOwner={{ personId: flow.overview.person.id, vehicleId: vehicle.id }}
              purpose="binding_owner" label={c.codeLabel} sendLabel={c.sendLabel} onVerified={flow.setChallengeId} />
          </Stack>
        )}
      </Box>
    </Stack>
  )
}
