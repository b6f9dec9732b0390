// A verification code to a phone through central's SMS gateway: 发送验证码 (with a countdown before
// it can be sent again), the 6-digit code the citizen reads out, checked by main as soon as six
// digits are in (or on Enter). The parent learns the verified challenge id, or null whenever the
// phone changes or the check fails, and puts it into its own submit as the proof. Offline the
// gateway cannot be reached: the field says so and the parent decides what may go on without it.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { SmsPurposeName } from '../../../../shared/contract/workflows/sms'
import { useSession } from '../../session/session-context'

const RESEND_SECONDS = 60

export interface SmsCodeFieldProps {
  /** The phone the code goes to (11 digits); the send button is off until it is valid. */
  phone?: string | null
  /**
   * Instead of a phone: the owner of the vehicle this person asks to bind. Main looks the number
   * up and the screen only ever sees it masked.
   */
  bindingOwner?: { personId: string; vehicleId: string }
  /**
   * Instead of a phone: one of the person's records (a phone change's old number). Main texts the
   * number on it and the screen only ever sees it masked.
   */
  phoneOnRecord?: { personId: string; kind: 'driver' | 'vehicle' | 'account'; id: string }
  purpose: SmsPurposeName
  /** Label of the code input, e.g. 新号码验证码. */
  label?: string
  /** What the send button says, e.g. 发送验证码至车主手机. */
  sendLabel?: string
  disabled?: boolean
  onVerified: (challengeId: string | null) => void
  /** Focus the send button when the field appears (the step is about this code). */
  autoFocus?: boolean
}

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; challengeId: string; maskedPhone: string }
  | { kind: 'verified'; challengeId: string; maskedPhone: string }

export function SmsCodeField({ phone = null, bindingOwner, phoneOnRecord, purpose, label = '短信验证码', sendLabel = '发送验证码', disabled = false, onVerified, autoFocus = false }: SmsCodeFieldProps) {
  const { call } = useSession()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [code, setCode] = useState('')
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const [checking, setChecking] = useState(false)
  const [wait, setWait] = useState(0)
  const codeInput = useRef<HTMLInputElement>(null)
  const forget = useEffectEvent(() => onVerified(null))
  const recipient =
    bindingOwner !== undefined
      ? `owner:${bindingOwner.personId}:${bindingOwner.vehicleId}`
      : phoneOnRecord !== undefined
        ? `record:${phoneOnRecord.personId}:${phoneOnRecord.kind}:${phoneOnRecord.id}`
        : (phone ?? '')
  const addressable = bindingOwner !== undefined || phoneOnRecord !== undefined || /^1\d{10}$/.test(phone ?? '')

  // Another recipient: whatever was sent or verified was for the old one (reset while rendering,
  // the way React recommends for state derived from a prop; the parent hears it after the commit).
  const [shownRecipient, setShownRecipient] = useState(recipient)
  if (shownRecipient !== recipient) {
    setShownRecipient(recipient)
    setState({ kind: 'idle' })
    setCode('')
    setError(null)
  }
  useEffect(() => {
    forget()
  }, [recipient])

  useEffect(() => {
    if (wait <= 0) return
    const timer = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const send = async (): Promise<void> => {
    if (!addressable || disabled) return
    setState({ kind: 'sending' })
    setError(null)
    setCode('')
    onVerified(null)
    const answer = await call(
      'sms:send',
      bindingOwner !== undefined && purpose === 'binding_owner'
        ? { purpose, bindingOwner }
        : phoneOnRecord !== undefined && purpose === 'phone_old'
          ? { purpose, phoneOnRecord }
          : { phone: phone ?? '', purpose }
    )
    if (!answer.ok) {
      setState({ kind: 'idle' })
      setError(answer.error)
      return
    }
    setState({ kind: 'sent', challengeId: answer.value.challengeId, maskedPhone: answer.value.maskedPhone })
    setWait(RESEND_SECONDS)
  }

  // The code goes in as soon as it is sent: focus the input once the render that enables it has
  // committed (a timer set in send() can fire before that render, while the input is disabled).
  const sentChallenge = state.kind === 'sent' ? state.challengeId : null
  useEffect(() => {
    if (sentChallenge !== null) codeInput.current?.focus()
  }, [sentChallenge])

  const verify = async (value: string): Promise<void> => {
    if (state.kind !== 'sent' || !/^\d{6}$/.test(value) || checking) return
    setChecking(true)
    const answer = await call('sms:verify', { challengeId: state.challengeId, code: value })
    setChecking(false)
    if (!answer.ok) {
      setError(answer.error)
      return
    }
    if (answer.value.verified) {
      setError(null)
      setState({ ...state, kind: 'verified' })
      onVerified(state.challengeId)
    } else {
      const message = answer.value.attemptsLeft > 0 ? `验证码不正确，还可再试${answer.value.attemptsLeft}次` : '验证码已失效（超时或错误次数过多），请重新发送'
      setError({ code: 'SMS_CODE_WRONG', message })
      onVerified(null)
    }
  }

  const verified = state.kind === 'verified'
  const offline = error?.code === 'CENTRAL_OFFLINE'
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Button
          variant="outlined"
          onClick={() => void send()}
          disabled={disabled || !addressable || state.kind === 'sending' || wait > 0 || verified}
          autoFocus={autoFocus}
          sx={{ whiteSpace: 'nowrap', minWidth: 148, height: 40 }}
        >
          {state.kind === 'sending' ? '正在发送…' : wait > 0 && !verified ? `${wait}秒后可重发` : sendLabel}
        </Button>
        <TextField
          inputRef={codeInput}
          label={label}
          size="small"
          value={code}
          disabled={disabled || state.kind !== 'sent'}
          onChange={(e) => {
            const digits = e.target.value.replace(/\D/g, '').slice(0, 6)
            setCode(digits)
            if (digits.length === 6) void verify(digits)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && state.kind === 'sent') {
              e.preventDefault()
              void verify(code)
            }
          }}
          error={error !== null && !offline}
          helperText={
            verified
              ? `已验证（${state.maskedPhone}）`
              : state.kind === 'sent'
                ? checking
                  ? '正在核验…'
                  : (error?.message ?? `验证码已发送至${state.maskedPhone}，请办理人读出6位验证码`)
                : !offline && error !== null
                  ? error.message
                  : ' '
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', 'aria-describedby': undefined, maxLength: 6 } }}
          sx={{ width: 220 }}
        />
      </Stack>
      {offline && (
        <Alert severity="warning" variant="outlined">
          <Typography variant="body2">{error.message}</Typography>
        </Alert>
      )}
    </Stack>
  )
}
