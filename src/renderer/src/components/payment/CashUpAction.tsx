// 今日收款 in the top bar (Ctrl+J): opens the cash-up of the signed-in clerk for today.
import PointOfSaleIcon from '@mui/icons-material/PointOfSale'
import Button from '@mui/material/Button'
import { useDialogOpening } from '../../hooks/useDialogOpening'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { CashUpDialog } from './CashUpDialog'

const c = t.payment.cashUp
const OPEN_KEYS = [{ key: 'j', ctrl: true }] as const

export function CashUpAction({ keysEnabled, sx }: { keysEnabled: boolean; sx?: object }) {
  const { opening, show, close, exited } = useDialogOpening()
  useHotkey(OPEN_KEYS, show, keysEnabled)
  return (
    <>
      <Button variant="outlined" color="inherit" size="small" startIcon={<PointOfSaleIcon />} onClick={show} aria-keyshortcuts="Control+J" sx={sx}>
        {c.action}
        <KeyHint keys={c.shortcut} />
      </Button>
      {opening !== null && (
        <CashUpDialog
          key={opening.seq}
          open={opening.open}
          onClose={close}
          onExited={exited}
        />
      )}
    </>
  )
}
