// State of the 新增备案 dialog: the plate checked by main as it is typed (the plate validator, the
// cache lookup and the rules' verdict come back together; a newer answer always wins), the owner's
// consent, the save and its result. Nothing is saved before 确认备案.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { BindingCheck, BindingCreated, BindingOverview } from '../../../../shared/contract/workflows/binding-schemas'
import { useSession } from '../../session/session-context'

export const STEP = { vehicle: 0, consent: 1, confirm: 2, slip: 3 } as const
export type FlowStep = (typeof STEP)[keyof typeof STEP]
export type ConsentMode = 'owner_present' | 'sms_code'

/** Typing pauses this long before main is asked (each answer is cheap, but not every keystroke needs one). */
const CHECK_DELAY_MS = 150

export function useBindFlow(overview: BindingOverview) {
  const { call } = useSession()
  const personId = overview.person.id
  const [step, setStep] = useState<FlowStep>(STEP.vehicle)
  const [plateType, setPlateType] = useState(overview.plateTypes[0]?.code ?? '02')
  const [plate, setPlate] = useState(overview.platePrefix)
  const [check, setCheck] = useState<BindingCheck | null>(null)
  const [checking, setChecking] = useState(false)
  const [checks, setChecks] = useState(0)
  const [consent, setConsent] = useState<ConsentMode>('owner_present')
  const [presentTicked, setPresentTicked] = useState(false)
  const [challengeId, setChallengeId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [result, setResult] = useState<BindingCreated | null>(null)
  const latest = useRef(0)

  // Only the province abbreviation typed so far: nothing to check yet.
  const typed = plate.trim().length > overview.platePrefix.length || (overview.platePrefix === '' && plate.trim() !== '')
  useEffect(() => {
    if (!typed) return
    const ask = ++latest.current
    const timer = setTimeout(() => {
      setChecking(true)
      void call('binding:check', { personId, plate, plateType }).then((answer) => {
        if (ask !== latest.current) return
        setChecking(false)
        if (answer.ok) {
          setCheck(answer.value)
          setError(null)
        } else {
          setCheck(null)
          setError(answer.error)
        }
      })
    }, CHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [call, personId, plate, plateType, typed, checks])

  const changePlate = (value: string): void => {
    setPlate(value.toUpperCase())
    setCheck(null)
    setChallengeId(null)
  }
  const changePlateType = (value: string): void => {
    setPlateType(value)
    setCheck(null)
    setChallengeId(null)
  }
  /** A binding was ended from the limit lists: ask again (the place may be free now). */
  const [unbound, setUnbound] = useState(false)
  const afterUnbind = useCallback(() => {
    setUnbound(true)
    setChecks((n) => n + 1)
  }, [])

  const found = check?.state === 'found' ? check : null
  const smsPossible = found !== null && found.vehicle.consentPhoneMasked !== null
  const can: Record<FlowStep, boolean> = {
    [STEP.vehicle]: found !== null && found.verdict.allowed && !checking,
    [STEP.consent]: consent === 'owner_present' ? presentTicked : challengeId !== null,
    [STEP.confirm]: !busy,
    [STEP.slip]: true
  }

  const submit = async (): Promise<void> => {
    if (found === null || busy || result !== null) return
    setBusy(true)
    setError(null)
    const consentInput =
      consent === 'owner_present' ? ({ kind: 'owner_present', confirmed: true } as const) : ({ kind: 'sms_code', challengeId: challengeId ?? '' } as const)
    const answer = await call('binding:create', { personId, vehicleId: found.vehicle.id, consent: consentInput })
    setBusy(false)
    if (!answer.ok) {
      setError(answer.error)
      return
    }
    setResult(answer.value)
    setStep(STEP.slip)
  }

  return {
    overview,
    step,
    setStep,
    plate,
    plateType,
    changePlate,
    changePlateType,
    check,
    found,
    checking: checking || (typed && check === null && error === null),
    afterUnbind,
    unbound,
    consent,
    setConsent,
    presentTicked,
    setPresentTicked,
    challengeId,
    setChallengeId,
    smsPossible,
    can,
    busy,
    error,
    setError,
    submit,
    result
  }
}

export type BindFlow = ReturnType<typeof useBindFlow>
