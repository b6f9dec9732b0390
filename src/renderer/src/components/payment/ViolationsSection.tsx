// The person's violations with what the window does with them: processing one or the ticked ones
// (ProcessDialog) and taking the fine of a processed one (PaymentDialog). Each opening gets a
// fresh dialog; on closing, the focus goes back where the clerk was, or to the record when that
// button is gone (the row changed).
import { useRef, useState } from 'react'
import type { PersonView, ViolationView } from '../../../../shared/contract'
import { useShell } from '../../shell/shell-context'
import { ProcessDialog } from '../ProcessDialog'
import { ViolationsTable } from '../ViolationsTable'
import { PaymentDialog } from './PaymentDialog'

interface Opening<T> {
  subject: T
  open: boolean
  seq: number
}

interface ViolationsSectionProps {
  view: PersonView
  /** An action changed the record: read it again. */
  onChanged: () => void
  keysEnabled: boolean
  /** Where the focus goes when the button that opened a dialog is gone. */
  onFocusRecord: () => void
}

export function ViolationsSection({ view, onChanged, keysEnabled, onFocusRecord }: ViolationsSectionProps) {
  const { watchCommand } = useShell()
  const [processing, setProcessing] = useState<Opening<readonly ViolationView[]> | null>(null)
  const [paying, setPaying] = useState<Opening<string> | null>(null)
  const trigger = useRef<HTMLElement | null>(null)
  const remember = (): void => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
  }
  const restoreFocus = (): void => {
    const back = trigger.current
    if (back?.isConnected === true) back.focus()
    else onFocusRecord()
  }
  const person = { id: view.person.id, name: view.person.name, idNumber: view.person.idNumber }

  return (
    <>
      <ViolationsTable
        violations={view.violations}
        onProcess={(violations) => {
          remember()
          setProcessing((current) => ({ subject: violations, open: true, seq: (current?.seq ?? 0) + 1 }))
        }}
        onPay={(v) => {
          if (v.decisionId === null) return
          remember()
          setPaying((current) => ({ subject: v.decisionId!, open: true, seq: (current?.seq ?? 0) + 1 }))
        }}
        keysEnabled={keysEnabled}
      />
      {processing !== null && (
        <ProcessDialog
          key={processing.seq}
          open={processing.open}
          violations={processing.subject}
          person={person}
          // Closing keeps the content for the fade-out; the next opening gets a new dialog.
          onClose={() => setProcessing((current) => current && { ...current, open: false })}
          onExited={restoreFocus}
          onChanged={onChanged}
        />
      )}
      {paying !== null && (
        <PaymentDialog
          key={paying.seq}
          open={paying.open}
          decisionId={paying.subject}
          onClose={() => setPaying((current) => current && { ...current, open: false })}
          onExited={restoreFocus}
          onPaid={(receipt) => watchCommand(receipt.commandId, view.person.id)}
          onChanged={onChanged}
        />
      )}
    </>
  )
}
