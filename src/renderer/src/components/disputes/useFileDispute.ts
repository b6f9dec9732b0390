// The state of 受理异议: the chosen record and the rules' answer for it (dispute:check, asked as soon
// as a record is chosen), the ground, the citizen's statement and files, and the save. Nothing is
// written before 确认受理.
import { useCallback, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { DisputeCheck, DisputeFiled, DisputeGround } from '../../../../shared/contract/workflows/disputes-schemas'
import { useSession } from '../../session/session-context'
import type { PickedFile } from './AttachmentPicker'

export const STEP = { form: 0, confirm: 1, receipt: 2 } as const
export type FileStep = (typeof STEP)[keyof typeof STEP]

export function useFileDispute(personId: string) {
  const { call } = useSession()
  const [step, setStep] = useState<FileStep>(STEP.form)
  const [violationId, setViolationId] = useState<string | null>(null)
  const [check, setCheck] = useState<DisputeCheck | null>(null)
  const [checking, setChecking] = useState(false)
  const [ground, setGround] = useState<DisputeGround | null>(null)
  const [statement, setStatement] = useState('')
  const [files, setFiles] = useState<PickedFile[]>([])
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<DisputeFiled | null>(null)
  const asked = useRef(0)

  const choose = useCallback(
    (id: string) => {
      setViolationId(id)
      setCheck(null)
      setError(null)
      setChecking(true)
      const seq = ++asked.current
      void call('dispute:check', { personId, violationId: id }).then((answer) => {
        if (seq !== asked.current) return
        setChecking(false)
        if (answer.ok) setCheck(answer.value)
        else setError(answer.error)
      })
    },
    [call, personId]
  )

  const statementMissing = ground === 'other' && statement.trim() === ''
  const can: Record<FileStep, boolean> = {
    [STEP.form]: check?.allowed === true && check.record.id === violationId && ground !== null && !statementMissing,
    [STEP.confirm]: !busy,
    [STEP.receipt]: true
  }

  const submit = async (): Promise<void> => {
    if (busy || violationId === null || ground === null) return
    setBusy(true)
    setError(null)
    const answer = await call('dispute:file', {
      personId,
      violationId,
      ground,
      statement: statement.trim(),
      attachments: files.map((f) => ({ fileName: f.fileName, base64: f.base64 }))
    })
    setBusy(false)
    if (answer.ok) {
      setResult(answer.value)
      setStep(STEP.receipt)
    } else {
      setError(answer.error)
      // A refused file or statement is corrected on the first step, beside its field.
      if (answer.error.field === 'attachments' || answer.error.field === 'statement') setStep(STEP.form)
    }
  }

  return { step, setStep, violationId, choose, check, checking, ground, setGround, statement, setStatement, statementMissing, files, setFiles, error, setError, busy, result, can, submit }
}

export type FileDisputeFlow = ReturnType<typeof useFileDispute>
