// Step 3, 手机号码: the phone (checked as typed), then main's check of the applicant and the phone
// (Enter) before any code is sent: a phone or ID already registered is refused right here, with
// the rule's reason. When central answered, the citizen reads back the SMS code (SmsCodeField,
// purpose register); offline no code can be sent and the step says what that means (待中心确认).
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, useState } from 'react'
import { maskPhone } from '../../../../shared/masking'
import { t } from '../../i18n/zh-CN'
import { FindingList } from '../FindingList'
import { KeyHint } from '../KeyHint'
import { SmsCodeField } from '../sms/SmsCodeField'
import type { RegistrationFlow } from './useRegistrationFlow'
import { useLiveValidation } from './useLiveValidation'

const p = t.registration.phone

export function PhoneStep({ flow }: { flow: RegistrationFlow }) {
  const { state, setField } = flow
  const live = useLiveValidation({ phone: state.phone })
  const [tried, setTried] = useState(false)
  const checkButton = useRef<HTMLButtonElement>(null)
  const digits = state.phone.replace(/\s/g, '')
  const checked = state.check !== null && state.checkedPhone === state.phone ? state.check : null
  const needsSms = checked?.answeredBy === 'central'
  const ready = checked !== null && checked.allowed && (!needsSms || state.challengeId !== null)
  // A refusal about the number itself marks the field; the reasons are in the alert below it.
  const phoneRefused = checked !== null && checked.denials.some((d) => d.code.startsWith('PHONE_'))
  const phoneError = state.fieldErrors.phone ?? live.errors.phone ?? (tried && digits === '' ? `请输入${p.label}` : undefined)

  // Verified (or offline and allowed): the next thing to do is 核对.
  useEffect(() => {
    if (ready) checkButton.current?.focus()
  }, [ready])

  const go = (): void => {
    setTried(true)
    if (digits === '' || live.errors.phone !== undefined) return
    if (checked === null) void flow.check(false)
    else if (ready) void flow.check(true)
  }

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={p.label}
          value={state.phone}
          onChange={(e) => setField({ phone: e.target.value.replace(/[^\d\s]/g, '').slice(0, 13), check: null, challengeId: null }, ['phone', 'smsCode'])}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            go()
          }}
          error={phoneError !== undefined || phoneRefused}
          helperText={phoneError ?? (phoneRefused ? p.refusedBelow : p.hint)}
          autoFocus
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 13 } }}
          sx={{ width: 320 }}
        />
        {checked === null && (
          <Button variant="outlined" onClick={go} disabled={state.busy} sx={{ height: 40, mt: 0.5 }}>
            {state.busy ? p.checking : p.lookup}
            <KeyHint keys="Enter" />
          </Button>
        )}
      </Stack>

      {checked !== null && !checked.allowed && (
        <Alert severity="error" role="alert">
          <AlertTitle>{t.registration.review.refused}</AlertTitle>
          <FindingList findings={checked.denials} />
        </Alert>
      )}
      {checked !== null && checked.allowed && needsSms && (
        <Box>
          <Typography role="status" variant="body2" color="success.main" sx={{ mb: 1.5 }}>
            {p.available.central}
          </Typography>
          {state.challengeId !== null ? (
            // Verified earlier in this registration (the clerk came back to this step): keep the proof.
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Alert severity="success" role="status" sx={{ flex: 1 }}>
                {p.verified(maskPhone(digits) ?? digits)}
              </Alert>
              <Button onClick={() => setField({ challengeId: null }, ['smsCode'])}>{p.reverify}</Button>
            </Stack>
          ) : (
            <SmsCodeField phone={digits} purpose="register" label={p.smsLabel} autoFocus onVerified={(challengeId) => setField({ challengeId }, ['smsCode'])} />
          )}
          {state.fieldErrors.smsCode !== undefined && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {state.fieldErrors.smsCode}
            </Alert>
          )}
        </Box>
      )}
      {checked !== null && checked.allowed && !needsSms && (
        <Alert severity="warning" role="status">
          {p.available.local}
          <br />
          {p.offline}
        </Alert>
      )}

      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button ref={checkButton} variant="contained" onClick={go} disabled={state.busy || !ready} aria-keyshortcuts="Enter">
          {state.busy && checked !== null ? p.checking : p.check}
          <KeyHint keys="Enter" />
        </Button>
      </Stack>
      {state.error !== null && (
        <Alert severity="error" role="alert">
          {state.error.message}
        </Alert>
      )}
    </Stack>
  )
}
