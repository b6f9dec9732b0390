// Step 2: who is asking. Either the clerk checks the ID document against the person (a tick that
// main audits), or a code texted to one of the chosen records' current numbers is read back (the
// field names the record; main looks the number up, the screen only has it masked). Away from
// central only the ID document works: no text can be sent. A refusal about the identity on
// saving comes back here, under the choice.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect } from 'react'
import { t } from '../../i18n/zh-CN'
import { SmsCodeField } from '../sms/SmsCodeField'
import type { PhoneChangeFlow } from './usePhoneChangeFlow'

const s = t.phoneChange.identity
const HELPER_ID = 'phone-change-identity-reason'

export function IdentityStep({ flow, online }: { flow: PhoneChangeFlow; online: boolean }) {
  const smsPossible = online && flow.oldNumbers.length > 0
  const { oldGroup, oldNumbers, oldNumber, setOldGroup, method, setMethod } = flow
  const reason = flow.fieldErrors.identity
  // The number to text: the first old number until the clerk picks another one.
  useEffect(() => {
    if (oldNumbers.length > 0 && (oldGroup === null || !oldNumbers.some((n) => n.group === oldGroup))) setOldGroup(oldNumbers[0]!.group)
  }, [oldNumbers, oldGroup, setOldGroup])
  useEffect(() => {
    if (!smsPossible && method === 'sms_old_number') setMethod('id_document')
  }, [smsPossible, method, setMethod])

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">{s.intro}</Typography>
      <RadioGroup
        aria-label={t.phoneChange.steps[1]}
        aria-describedby={reason !== undefined ? HELPER_ID : undefined}
        value={method}
        onChange={(e) => flow.chooseMethod(e.target.value === 'sms_old_number' ? 'sms_old_number' : 'id_document')}
      >
        <FormControlLabel value="id_document" control={<Radio autoFocus={method === 'id_document'} />} label={s.methods.id_document} />
        {method === 'id_document' && (
          <Box sx={{ ml: 4, mb: 1, p: 1.5, borderRadius: 1, bgcolor: '#f4f7fb', border: 1, borderColor: 'divider' }}>
            <Typography variant="body2" color="text.secondary">
              {s.documentHint}
            </Typography>
            <FormControlLabel
              control={<Checkbox checked={flow.documentChecked} onChange={(e) => flow.setDocumentChecked(e.target.checked)} color="primary" />}
              label={s.documentCheck}
              sx={{ mt: 0.5, '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
            />
          </Box>
        )}
        <FormControlLabel
          value="sms_old_number"
          disabled={!smsPossible}
          control={<Radio autoFocus={method === 'sms_old_number'} />}
          label={s.methods.sms_old_number}
        />
      </RadioGroup>
      {reason !== undefined && (
        <FormHelperText error id={HELPER_ID} sx={{ mx: 0, mt: 0, fontSize: '0.875rem' }}>
          {reason}
        </FormHelperText>
      )}
      {!online && <Alert severity="info">{s.smsOffline}</Alert>}
      {online && flow.oldNumbers.length === 0 && <Alert severity="info">{s.smsNoNumber}</Alert>}
      {method === 'sms_old_number' && smsPossible && oldNumber !== null && (
        <Stack spacing={1} sx={{ ml: 4, p: 1.5, borderRadius: 1, bgcolor: '#f4f7fb', border: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary">
            {s.smsHint}
          </Typography>
          {flow.oldNumbers.length > 1 && (
            <RadioGroup row aria-label={s.chooseNumber} value={String(oldNumber.group)} onChange={(e) => flow.chooseOldGroup(Number(e.target.value))}>
              {flow.oldNumbers.map((n) => (
                <FormControlLabel key={n.group} value={String(n.group)} control={<Radio size="small" />} label={n.masked} />
              ))}
            </RadioGroup>
          )}
          <SmsCodeField
            key={oldNumber.group}
            phoneOnRecord={{ personId: flow.personId, ...oldNumber.record }}
            purpose="phone_old"
            label={s.smsLabel}
            onVerified={(challengeId) => flow.setOldProof(challengeId === null ? null : { challengeId, group: oldNumber.group })}
          />
        </Stack>
      )}
    </Stack>
  )
}
