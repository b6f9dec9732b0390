// Validation as the clerk types: a short pause after the last key, main checks the fields typed so
// far with the rules' validators (registration:validate) and the reasons appear beside them. Only
// the latest answer lands; empty fields are not judged until the step is submitted.
import { useEffect, useRef, useState } from 'react'
import type { ChannelInput } from '../../../../shared/contract'
import { useSession } from '../../session/session-context'

const PAUSE_MS = 200

export interface LiveValidation {
  errors: Record<string, string>
  derived: { gender: 'M' | 'F'; birthDate: string } | null
}

export function useLiveValidation(fields: ChannelInput<'registration:validate'>): LiveValidation {
  const { call } = useSession()
  const [result, setResult] = useState<LiveValidation>({ errors: {}, derived: null })
  const seq = useRef(0)
  const key = JSON.stringify(fields)

  useEffect(() => {
    const mine = ++seq.current
    const timer = setTimeout(() => {
      void call('registration:validate', JSON.parse(key) as ChannelInput<'registration:validate'>).then((answer) => {
        if (mine !== seq.current || !answer.ok) return
        setResult(answer.value)
      })
    }, PAUSE_MS)
    return () => clearTimeout(timer)
  }, [key, call])

  return result
}
