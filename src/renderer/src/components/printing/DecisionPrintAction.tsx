// 打印决定书 for one decision: after processing and on a processed or paid violation row. Opens the
// print dialog; on closing, the focus goes back to the button. `onOpenChange` lets the screen below
// silence its own Ctrl+P while the dialog is up.
import PrintIcon from '@mui/icons-material/Print'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import { useRef, useState } from 'react'
import { t } from '../../i18n/zh-CN'
import { DecisionPrintDialog } from './DecisionPrintDialog'

interface DecisionPrintActionProps {
  decisionId: string
  /** compact: an icon button for table rows; otherwise a labelled button. */
  compact?: boolean
  /** Why printing is not possible yet (a provisional number); the button is disabled with it. */
  disabledReason?: string | null
  onOpenChange?: (open: boolean) => void
}

export function DecisionPrintAction({ decisionId, compact = false, disabledReason = null, onOpenChange }: DecisionPrintActionProps) {
  const [opening, setOpening] = useState<{ open: boolean; seq: number } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const show = (): void => {
    setOpening((current) => ({ open: true, seq: (current?.seq ?? 0) + 1 }))
    onOpenChange?.(true)
  }
  const label = t.printing.action
  const disabled = disabledReason !== null
  return (
    <>
      {compact ? (
        <Tooltip title={disabledReason ?? label}>
          <span>
            <IconButton ref={button} size="small" aria-label={label} onClick={show} disabled={disabled}>
              <PrintIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      ) : (
        <Tooltip title={disabledReason ?? ''}>
          <span>
            <Button ref={button} size="small" variant="outlined" startIcon={<PrintIcon />} onClick={show} disabled={disabled}>
              {label}
            </Button>
          </span>
        </Tooltip>
      )}
      {opening !== null && (
        <DecisionPrintDialog
          key={opening.seq}
          open={opening.open}
          decisionId={decisionId}
          onClose={() => setOpening((current) => current && { ...current, open: false })}
          onExited={() => {
            button.current?.focus()
            setOpening(null)
            onOpenChange?.(false)
          }}
        />
      )}
    </>
  )
}
