// The 缴款凭证 the citizen takes away: the decision, what was paid (fine, late fee with the days
// late, total), the bank receipt number and when; while central has not confirmed the payment, the
// slip says so.
import type { PaymentReceipt } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { PrintSlip } from '../slip/PrintSlip'

const slip = t.payment.slip

export function PaymentSlip({ receipt, pending, keysEnabled = true }: { receipt: PaymentReceipt; pending: boolean; keysEnabled?: boolean }) {
  return (
    <PrintSlip
      title={slip.paymentTitle}
      number={receipt.receiptNo}
      at={receipt.paidAt}
      rows={[
        { label: slip.decisionNo, value: `${receipt.decisionNo}${receipt.provisionalDecision ? '（临时编号）' : ''}` },
        { label: slip.party, value: `${receipt.personName}（${receipt.idNumberMasked}）` },
        { label: slip.violation, value: `${receipt.plate} ${receipt.behaviour}（违法记录 ${receipt.recordNo}）` },
        { label: slip.fine, value: formatFen(receipt.fineFen) },
        { label: slip.lateFee, value: slip.lateFeeValue(formatFen(receipt.lateFeeFen), receipt.daysLate) },
        { label: slip.total, value: formatFen(receipt.totalFen) },
        { label: slip.receiptNo, value: receipt.receiptNo },
        { label: slip.paidAt, value: formatZoned(receipt.paidAt) }
      ]}
      notes={slip.paymentNotes(pending)}
      signatures={['缴款人', '收款民警']}
      keysEnabled={keysEnabled}
    />
  )
}
