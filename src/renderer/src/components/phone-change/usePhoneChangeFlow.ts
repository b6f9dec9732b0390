// The state of one 变更联系电话 dialog: which records, how the person was identified, the new number
// and main's answer for it as typed, the SMS challenges read back, and the saved change. Main
// decides everything; this only keeps what the clerk has entered and asks main at each step. A
// refusal on saving that main names a field of sends the clerk back to the step holding that
// field, with the reason beside it (as the registration flow does).
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AppError, Result } from '../../../../shared/contract'
import type {
  PhoneChangeResult,
  PhoneCheck,
  PhoneIdentityMethod,
  PhoneTargetRef,
  PhoneTargets
} from '../../../../shared/contract/workflows/phone-change'
import { useSession } from '../../session/session-context'

export type FlowStep = 0 | 1 | 2 | 3 | 4
export const STEP = { targets: 0, identity: 1, number: 2, confirm: 3, slip: 4 } as const

/** A code read back from a phone: the challenge and the phone it proved. */
export interface Proven {
  challengeId: string
  phone: string
}

/** A code read back from an old number: the challenge and the number group (on record) it proved. */
export interface ProvenOld {
  challengeId: string
  group: number
}

/** An old number the identity step can text: masked, and the record main looks it up on. */
export interface OldNumber {
  group: number
  masked: string
  record: PhoneTargetRef
}

/** The fields main names in a refusal, each shown on its own step. */
export type FlowField = 'targets' | 'identity' | 'newPhone'
export type FieldErrors = Partial<Record<FlowField, string>>

const FIELD_STEP = { targets: STEP.targets, identity: STEP.identity, newPhone: STEP.number } as const satisfies Record<FlowField, FlowStep>

/** Main's field path as the dialog names it: `identity.documentChecked` → identity. */
export function flowField(field: string | undefined): FlowField | null {
  const head = field?.split('.')[0]
  return head === 'targets' || head === 'identity' || head === 'newPhone' ? head : null
}

const CHECK_DELAY_MS = 250

export const targetKey = (t: { kind: string; id: string }): string => `${t.kind}|${t.id}`

export function usePhoneChangeFlow(personId: string) {
  const { call } = useSession()
  const [step, setStep] = useState<FlowStep>(STEP.targets)
  const [targets, setTargets] = useState<Result<PhoneTargets> | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [method, setMethod] = useState<PhoneIdentityMethod>('id_document')
  const [documentChecked, setDocumentCheckedState] = useState(false)
  const [oldGroup, setOldGroup] = useState<number | null>(null)
  const [oldProof, setOldProofState] = useState<ProvenOld | null>(null)
  const [typed, setTypedState] = useState('')
  const [check, setCheck] = useState<{ typed: string; answer: Result<PhoneCheck> } | null>(null)
  /** Bumped to ask main again about the same number (after a refusal on saving). */
  const [recheck, setRecheck] = useState(0)
  const [newProof, setNewProofState] = useState<Proven | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [result, setResult] = useState<PhoneChangeResult | null>(null)

  /** The clerk changed what a field's reason was about: the reason goes. */
  const clearField = useCallback((field: FlowField) => {
    setFieldErrors((current) => {
      if (current[field] === undefined) return current
      const next = { ...current }
      delete next[field]
      return next
    })
  }, [])

  useEffect(() => {
    let live = true
    void call('phone:targets', { personId }).then((answer) => {
      if (!live) return
      setTargets(answer)
      // Every record ticked: most visits change them all together.
      if (answer.ok) setSelected(new Set(answer.value.targets.map(targetKey)))
    })
    return () => {
      live = false
    }
  }, [call, personId])

  const list = useMemo(() => (targets?.ok === true ? targets.value.targets : []), [targets])
  const chosen = useMemo(() => list.filter((t) => selected.has(targetKey(t))), [list, selected])
  const refs: PhoneTargetRef[] = useMemo(() => chosen.map((t) => ({ kind: t.kind, id: t.id })), [chosen])
  // Each old number of the chosen records once, texted through the first record (of all the
  // person's) carrying it: the same record whichever of them are ticked.
  const oldNumbers: OldNumber[] = useMemo(() => {
    const groups = [...new Set(chosen.flatMap((t) => (t.numberGroup === null ? [] : [t.numberGroup])))]
    return groups.map((group) => {
      const first = list.find((t) => t.numberGroup === group)!
      return { group, masked: first.currentPhoneMasked ?? '', record: { kind: first.kind, id: first.id } }
    })
  }, [chosen, list])
  const oldNumber = oldNumbers.find((n) => n.group === oldGroup) ?? null
  const oldChallengeId = method === 'sms_old_number' && oldProof !== null && oldProof.group === oldGroup ? oldProof.challengeId : null

  // Ask main about the number as it is typed (and again when records or identity change).
  const askMain = step === STEP.number || step === STEP.confirm
  useEffect(() => {
    if (!askMain || typed.trim() === '' || refs.length === 0) return
    let live = true
    const timer = setTimeout(() => {
      void call('phone:check', { personId, targets: refs, newPhone: typed, identity: { method, challengeId: oldChallengeId } }).then((answer) => {
        if (live) setCheck({ typed, answer })
      })
    }, CHECK_DELAY_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [call, personId, typed, method, oldChallengeId, refs, askMain, recheck])

  const answer = check !== null && check.typed === typed && check.answer.ok ? check.answer.value : null
  const checkError = check !== null && check.typed === typed && !check.answer.ok ? check.answer.error : null
  const newPhone = answer?.newPhone ?? null
  const newChallengeId = newProof !== null && newProof.phone === newPhone ? newProof.challengeId : null
  const offlineNumber = answer?.newPhoneSms === 'unavailable_offline'

  const can = {
    [STEP.targets]: chosen.length > 0,
    [STEP.identity]: (method === 'id_document' ? documentChecked : oldChallengeId !== null) && fieldErrors.identity === undefined,
    [STEP.number]: answer !== null && answer.allowed && (newChallengeId !== null || offlineNumber) && fieldErrors.newPhone === undefined,
    [STEP.confirm]: !busy && result === null,
    [STEP.slip]: true
  } satisfies Record<FlowStep, boolean>

  const toggle = (key: string): void => {
    clearField('targets')
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  }

  // The clerk's own changes clear the reason shown at the field they belong to.
  const chooseMethod = (value: PhoneIdentityMethod): void => {
    clearField('identity')
    setMethod(value)
  }
  const setDocumentChecked = (value: boolean): void => {
    clearField('identity')
    setDocumentCheckedState(value)
  }
  const chooseOldGroup = (group: number): void => {
    clearField('identity')
    setOldGroup(group)
  }
  const setOldProof = useCallback(
    (proof: ProvenOld | null) => {
      if (proof !== null) clearField('identity')
      setOldProofState(proof)
    },
    [clearField]
  )
  const setTyped = (value: string): void => {
    clearField('newPhone')
    setTypedState(value)
  }
  const setNewProof = useCallback(
    (proof: Proven | null) => {
      if (proof !== null) clearField('newPhone')
      setNewProofState(proof)
    },
    [clearField]
  )

  /**
   * A refusal on saving. With a field: back to the step holding it, the reason beside the field,
   * and the proof given for it dropped (it must be read back again); else an alert on this step.
   */
  const fail = (refusal: AppError): void => {
    const field = flowField(refusal.field)
    if (field === null) {
      setError(refusal)
      return
    }
    setFieldErrors((current) => ({ ...current, [field]: refusal.message }))
    if (field === 'identity') setOldProofState(null)
    if (field === 'newPhone') {
      setNewProofState(null)
      setRecheck((n) => n + 1)
    }
    setStep((current) => Math.min(current, FIELD_STEP[field]) as FlowStep)
  }

  async function submit(): Promise<void> {
    if (!can[STEP.confirm]) return
    setBusy(true)
    setError(null)
    setFieldErrors({})
    const identity =
      method === 'id_document'
        ? { method: 'id_document' as const, documentChecked: true as const }
        : { method: 'sms_old_number' as const, challengeId: oldChallengeId ?? '' }
    const saved = await call('phone:change', { personId, targets: refs, newPhone: typed, identity, newPhoneChallengeId: newChallengeId })
    setBusy(false)
    if (!saved.ok) {
      fail(saved.error)
      return
    }
    setResult(saved.value)
    setStep(STEP.slip)
  }

  return {
    personId,
    step,
    setStep,
    targets,
    list,
    selected,
    toggle,
    chosen,
    method,
    setMethod,
    chooseMethod,
    documentChecked,
    setDocumentChecked,
    oldNumbers,
    oldGroup,
    oldNumber,
    setOldGroup,
    chooseOldGroup,
    setOldProof,
    oldChallengeId,
    typed,
    setTyped,
    answer,
    checkError,
    checking: typed.trim() !== '' && (check === null || check.typed !== typed),
    newPhone,
    setNewProof,
    newChallengeId,
    offlineNumber,
    can,
    busy,
    error,
    setError,
    fieldErrors,
    result,
    submit
  }
}

export type PhoneChangeFlow = ReturnType<typeof usePhoneChangeFlow>
