// The state of one 面签注册, step by step: the document (and for a unit its code, name, address and
// letter), the face-to-face tick, the phone and its SMS proof, main's check, the choice to change
// the record phones, and the slip. Main decides everything; an error it names a field of sends the
// clerk back to the step holding that field, with the reason beside it.
import { useCallback, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { IdCard, RegistrationCheck, RegistrationSlip } from '../../../../shared/contract/workflows/registration'
import { useSession } from '../../session/session-context'

export type RegistrationKind = 'person' | 'unit'
export type Step = 0 | 1 | 2 | 3 | 4

export interface LetterFile {
  fileName: string
  size: number
  base64: string
}

export interface UnitFields {
  creditCode: string
  name: string
  address: string
}

export interface FlowState {
  kind: RegistrationKind
  step: Step
  card: IdCard | null
  unit: UnitFields
  letter: LetterFile | null
  identityConfirmed: boolean
  phone: string
  challengeId: string | null
  check: RegistrationCheck | null
  /** The phone `check` was made for (a new phone needs a new check). */
  checkedPhone: string | null
  changeRecordPhones: boolean
  slip: RegistrationSlip | null
  busy: boolean
  /** Reasons from main beside their fields (phone, smsCode, letter, unit.creditCode, idNumber…). */
  fieldErrors: Record<string, string>
  /** A refusal without a field (a rule's denial), shown on the step where it happened. */
  error: AppError | null
}

const initial = (kind: RegistrationKind): FlowState => ({
  kind,
  step: 0,
  card: null,
  unit: { creditCode: '', name: '', address: '' },
  letter: null,
  identityConfirmed: false,
  phone: '',
  challengeId: null,
  check: null,
  checkedPhone: null,
  changeRecordPhones: true,
  slip: null,
  busy: false,
  fieldErrors: {},
  error: null
})

/** The step holding a field main named. */
export function stepOfField(field: string | undefined): Step {
  if (field === undefined) return 3
  if (field === 'identityConfirmed') return 1
  if (field === 'phone' || field === 'smsCode') return 2
  return 0
}

/** Main's field paths as the form names them: `manager.idNumber` → `idNumber`, `applicant.unit.name` → `unitName`. */
export function formField(field: string): string {
  if (field.includes('letter')) return 'letter'
  const last = field.split('.').pop() ?? field
  if (field.startsWith('applicant.unit.')) return last === 'creditCode' ? 'creditCode' : last === 'name' ? 'unitName' : 'unitAddress'
  return last
}

export function useRegistrationFlow() {
  const { call } = useSession()
  const [state, setState] = useState<FlowState>(() => initial('person'))
  const patch = useCallback((p: Partial<FlowState>) => setState((s) => ({ ...s, ...p })), [])

  const applicant = (s: FlowState) =>
    s.kind === 'person' ? { kind: 'person' as const, card: s.card! } : { kind: 'unit' as const, unit: s.unit, manager: s.card! }

  /** An error from main: beside its field, on the step holding it; else on the current step. */
  const fail = useCallback((error: AppError) => {
    setState((s) => {
      if (error.field === undefined) return { ...s, busy: false, error }
      const field = formField(error.field)
      return { ...s, busy: false, error: null, step: Math.min(s.step, stepOfField(field)) as Step, fieldErrors: { ...s.fieldErrors, [field]: error.message } }
    })
  }, [])

  /**
   * Main's check of this applicant and phone. `review`: go on to 核对 when it may register; else
   * stay on the phone step, where a refusal shows under the phone before any code is sent.
   */
  const check = useCallback(
    async (review: boolean) => {
      const s = state
      if (s.card === null || s.busy) return
      patch({ busy: true, error: null, fieldErrors: {} })
      const answer = await call('registration:check', { applicant: applicant(s), phone: s.phone })
      if (!answer.ok) return fail(answer.error)
      const goOn = review && answer.value.allowed
      patch({ busy: false, check: answer.value, checkedPhone: s.phone, step: goOn ? 3 : s.step, changeRecordPhones: true })
    },
    [state, call, patch, fail]
  )

  const submit = useCallback(async () => {
    const s = state
    if (s.card === null || s.busy) return
    patch({ busy: true, error: null })
    const base = applicant(s)
    const answer = await call('registration:submit', {
      applicant: base.kind === 'person' ? base : { ...base, letter: { fileName: s.letter?.fileName ?? '', base64: s.letter?.base64 ?? '' } },
      phone: s.phone,
      identityConfirmed: s.identityConfirmed,
      challengeId: s.challengeId,
      changeRecordPhones: s.check?.phoneDiffers === true && s.changeRecordPhones
    })
    if (!answer.ok) return fail(answer.error)
    patch({ busy: false, slip: answer.value, step: 4 })
  }, [state, call, patch, fail])

  const setField = useCallback(
    (p: Partial<FlowState>, cleared: string[] = []) =>
      setState((s) => {
        const fieldErrors = { ...s.fieldErrors }
        for (const f of cleared) delete fieldErrors[f]
        return { ...s, ...p, fieldErrors, error: null }
      }),
    []
  )

  return {
    state,
    patch,
    setField,
    fail,
    check,
    submit,
    goTo: (step: Step) => setState((s) => ({ ...s, step, error: null })),
    reset: (kind: RegistrationKind) => setState(initial(kind))
  }
}

export type RegistrationFlow = ReturnType<typeof useRegistrationFlow>
