// The 变更手机号 button of the person view (F6 from anywhere on it) and the dialog it opens. A new
// dialog (fresh state) for every opening; focus returns to the button when it closes.
import PhoneForwardedOutlinedIcon from '@mui/icons-material/PhoneForwardedOutlined'
import Button from '@mui/material/Button'
import { useRef, useState } from 'react'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { PhoneChangeDialog } from './PhoneChangeDialog'

const OPEN_KEYS = [{ key: 'F6' }] as const

interface PhoneChangeActionProps {
  personId: string
  /** A change was saved: read the record again. */
  onChanged: () => void
  /** Off while the lock screen or another dialog is up. */
  keysEnabled: boolean
}

export function PhoneChangeAction({ personId, onChanged, keysEnabled }: PhoneChangeActionProps) {
  const [dialog, setDialog] = useState<{ open: boolean; seq: number } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const open = (): void => setDialog((current) => ({ open: true, seq: (current?.seq ?? 0) + 1 }))
  useHotkey(OPEN_KEYS, open, keysEnabled && dialog?.open !== true)

  return (
    <>
      <Button ref={button} variant="outlined" startIcon={<PhoneForwardedOutlinedIcon />} onClick={open} aria-keyshortcuts="F6">
        {t.phoneChange.action}
        <KeyHint keys={t.phoneChange.actionShortcut} />
      </Button>
      {dialog !== null && (
        <PhoneChangeDialog
          key={dialog.seq}
          open={dialog.open}
          personId={personId}
          onClose={() => setDialog((current) => current && { ...current, open: false })}
          onExited={() => button.current?.focus()}
          onChanged={onChanged}
        />
      )}
    </>
  )
}
