// Opens the 解除备案 dialog for one binding from any list, a fresh dialog each time. Cancelled, the
// focus goes back to the control that opened it; after an unbinding its row is about to go (the
// list is read again), so the focus goes to `fallback`.
import { useRef, useState, type ReactNode, type RefObject } from 'react'
import type { BindingRemoved, UnbindReason } from '../../../../shared/contract/workflows/binding-schemas'
import { UnbindDialog } from './UnbindDialog'

export interface UnbindTarget {
  bindingId: string
  label: string
  defaultReason?: UnbindReason
}

export function useUnbindDialog(onDone: (removed: BindingRemoved) => void, fallback: RefObject<HTMLElement | null>): { open: (target: UnbindTarget) => void; dialog: ReactNode } {
  const [state, setState] = useState<(UnbindTarget & { open: boolean; seq: number }) | null>(null)
  const trigger = useRef<HTMLElement | null>(null)
  const removed = useRef(false)
  const open = (target: UnbindTarget): void => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    removed.current = false
    setState((current) => ({ ...target, open: true, seq: (current?.seq ?? 0) + 1 }))
  }
  const close = (): void => setState((current) => current && { ...current, open: false })
  const dialog =
    state === null ? null : (
      <UnbindDialog
        key={state.seq}
        open={state.open}
        bindingId={state.bindingId}
        label={state.label}
        defaultReason={state.defaultReason}
        onClose={close}
        onExited={() => {
          const back = trigger.current
          if (!removed.current && back?.isConnected === true) back.focus()
          else fallback.current?.focus()
        }}
        onDone={(result) => {
          removed.current = true
          close()
          onDone(result)
        }}
      />
    )
  return { open, dialog }
}
