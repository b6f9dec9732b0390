// 批量打印决定书 in the top bar (Alt+P): the day's decisions of this window in one PDF.
import LocalPrintshopOutlinedIcon from '@mui/icons-material/LocalPrintshopOutlined'
import Button from '@mui/material/Button'
import { useDialogOpening } from '../../hooks/useDialogOpening'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { BatchPrintDialog } from './BatchPrintDialog'

const b = t.printing.batch
const OPEN_KEYS = [{ key: 'p', alt: true }] as const

export function BatchPrintAction({ keysEnabled, sx }: { keysEnabled: boolean; sx?: object }) {
  const { opening, show, close, exited } = useDialogOpening()
  useHotkey(OPEN_KEYS, show, keysEnabled)
  return (
    <>
      <Button variant="outlined" color="inherit" size="small" startIcon={<LocalPrintshopOutlinedIcon />} onClick={show} aria-keyshortcuts="Alt+P" sx={sx}>
        {b.action}
        <KeyHint keys={b.shortcut} />
      </Button>
      {opening !== null && (
        <BatchPrintDialog
          key={opening.seq}
          open={opening.open}
          onClose={close}
          onExited={exited}
        />
      )}
    </>
  )
}
