// Step 3: the new number. Main judges it as it is typed (valid, not another account's, not the
// number already on a record) and the reasons show at the field; once it may be used, a code is
// texted to it and read back. Offline no code can be sent: the step says what that means. A
// refusal about the number on saving comes back here, beside the field, until the number changes
// or a new code is read back.
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useState } from 'react'
import { t } from '../../i18n/zh-CN'
import { FindingList } from '../FindingList'
import { SmsCodeField } from '../sms/SmsCodeField'
import type { PhoneChangeFlow } from './usePhoneChangeFlow'

const s = t.phoneChange.number

/** Reasons are shown once the number could be complete, or the clerk left the field. */
const looksComplete = (typed: string): boolean => typed.replace(/\D/g, '').length >= 11

export function NewNumberStep({ flow }: { flow: PhoneChangeFlow }) {
  const [left, setLeft] = useState(false)
  const { answer } = flow
  const show = left || looksComplete(flow.typed)
  const problems = answer?.numberProblems ?? []
  const refused = (answer?.targets ?? []).filter((target) => target.denials.length > 0)
  const numberOk = answer !== null && problems.length === 0 && answer.newPhone !== null
  const usable = numberOk && answer.allowed
  const reason = flow.fieldErrors.newPhone
  const helper = ((): string => {
    if (reason !== undefined) return reason
    if (flow.checking) return s.checking
    if (flow.checkError !== null) return flow.checkError.message
    if (show && problems.length > 0) return problems.map((p) => p.message).join('；')
    if (usable) return answer?.takenCheckedBy === 'central' ? s.okCentral : s.okLocal
    return ' '
  })()

  return (
    <Stack spacing={2}>
      <TextField
        label={s.label}
        placeholder={s.placeholder}
        value={flow.typed}
        onChange={(e) => {
          flow.setTyped(e.target.value)
          flow.setError(null)
        }}
        onBlur={() => setLeft(true)}
        autoFocus
        autoComplete="off"
        error={reason !== undefined || (!flow.checking && (flow.checkError !== null || (show && problems.length > 0)))}
        helperText={helper}
        slotProps={{
          htmlInput: { inputMode: 'numeric', maxLength: 20 },
          formHelperText: { sx: { color: usable && !flow.checking && reason === undefined ? 'success.main' : undefined } }
        }}
        sx={{ maxWidth: 360, '& input': { fontSize: '1.25rem', letterSpacing: 1 } }}
      />
      {refused.length > 0 && !flow.checking && (
        <Alert severity="error" role="alert">
          {s.recordRefused}
          <FindingList findings={refused.flatMap((target) => target.denials.map((d) => ({ ...d, message: `${target.label}：${d.message}` })))} />
        </Alert>
      )}
      {answer !== null && answer.allowed && answer.newPhone !== null && !flow.checking && (
        answer.newPhoneSms === 'required' ? (
          <SmsCodeField
            key={answer.newPhone}
            phone={answer.newPhone}
            purpose="phone_new"
            label={s.smsLabel}
            onVerified={(challengeId) => flow.setNewProof(challengeId === null ? null : { challengeId, phone: answer.newPhone ?? '' })}
          />
        ) : (
          <Alert severity="warning">{s.offlineNotice}</Alert>
        )
      )}
    </Stack>
  )
}
