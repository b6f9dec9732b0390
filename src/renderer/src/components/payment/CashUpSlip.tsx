// The 窗口罚款收款日结单 handed in with the cash: the clerk, the day, the totals, then every payment
// on its own line, what central has not confirmed yet and what it refused; signed by the clerk and
// whoever counts the drawer.
import type { CashUp } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { PrintSlip } from '../slip/PrintSlip'

const slip = t.payment.slip

export function CashUpSlip({ cash, keysEnabled }: { cash: CashUp; keysEnabled: boolean }) {
  return (
    <PrintSlip
      title={slip.cashUpTitle}
      at={cash.generatedAt}
      rows={[
        { label: slip.cashier, value: `${cash.operator.name}（警号 ${cash.operator.policeNo}）` },
        { label: slip.date, value: cash.date },
        { label: slip.count, value: `${cash.totals.count} 笔` },
        { label: slip.fineTotal, value: formatFen(cash.totals.fineFen) },
        { label: slip.lateFeeTotal, value: formatFen(cash.totals.lateFeeFen) },
        { label: slip.grandTotal, value: formatFen(cash.totals.totalFen) },
        ...cash.lines.map((l, i) => ({
          label: slip.line(i + 1, formatZoned(l.paidAt).slice(11), l.decisionNo),
          value: slip.lineValue(l.plate, l.receiptNo, formatFen(l.totalFen), formatFen(l.fineFen), formatFen(l.lateFeeFen))
        }))
      ]}
      notes={slip.cashUpNotes(cash.totals.pendingCount, cash.rejected.length)}
      signatures={slip.signatures}
      keysEnabled={keysEnabled}
    />
  )
}
