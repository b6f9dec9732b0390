// The 操作 cell of a violation: for a record the window may process, its selection checkbox (for
// processing several at once) right before its 处理 button, so Shift+Tab from the button reaches it;
// for a processed record not paid yet, 缴款; for a processed or paid one, 打印决定书.
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Stack from '@mui/material/Stack'
import type { ViolationView } from '../../../../shared/contract'
import { t } from '../../i18n/zh-CN'
import { ProcessAction, canProcess } from '../ProcessAction'
import { DecisionPrintAction } from '../printing/DecisionPrintAction'

const s = t.payment.select

export interface RowActions {
  selected: boolean
  onToggle: (v: ViolationView) => void
  onProcess: (v: ViolationView) => void
  onPay: (v: ViolationView) => void
}

/** A processed record with its decision on file and no payment yet. */
export function canPay(v: ViolationView): boolean {
  return v.status === 'processed' && v.decisionId !== null
}

export function ViolationActions({ violation: v, actions }: { violation: ViolationView; actions: RowActions }) {
  if (canPay(v)) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" size="small" color="primary" data-pay-action="" onClick={() => actions.onPay(v)} sx={{ minWidth: 56 }}>
          {t.payment.pay.action}
        </Button>
        <DecisionPrintAction decisionId={v.decisionId!} compact />
      </Stack>
    )
  }
  if (v.status === 'paid' && v.decisionId !== null) return <DecisionPrintAction decisionId={v.decisionId} compact />
  if (v.status !== 'unprocessed') return null
  return (
    <Stack direction="row" sx={{ alignItems: 'center' }}>
      {canProcess(v) ? (
        <Checkbox
          size="small"
          checked={actions.selected}
          onChange={() => actions.onToggle(v)}
          slotProps={{ input: { 'aria-label': s.row(v.recordNo), ...({ 'data-select-violation': '' } as object) } }}
          sx={{ p: 0.5, mr: 0.5 }}
        />
      ) : (
        // Keeps the 处理 buttons in one column whether or not the record can be ticked.
        <Stack sx={{ width: 34, flexShrink: 0 }} aria-hidden="true" />
      )}
      <ProcessAction violation={v} onProcess={actions.onProcess} />
    </Stack>
  )
}
