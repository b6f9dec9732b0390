// 交通违法记录异议受理回执: what the citizen takes home after filing an objection: the record, the
// ground and statement, the files with their SHA-256 (to check the originals against later), who
// took it, when and where. Printed through the shared slip (PrintSlip).
import type { DisputeFiled } from '../../../../shared/contract/workflows/disputes-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { PrintSlip } from '../slip/PrintSlip'

const x = t.disputes

export function DisputeReceipt({ filed, keysEnabled }: { filed: DisputeFiled; keysEnabled: boolean }) {
  const r = filed.receipt
  const l = x.file.receiptLabels
  const rows = [
    { label: l.person, value: `${r.personName}（${r.idNumberMasked}）` },
    { label: l.recordNo, value: r.record.recordNo },
    { label: l.plate, value: `${r.record.plate}（${r.record.plateTypeName}）` },
    { label: l.occurredAt, value: formatZoned(r.record.occurredAt) },
    { label: l.place, value: r.record.place },
    { label: l.behaviour, value: x.file.behaviourLine(r.record.behaviour, r.record.code, formatFen(r.record.fineFen), r.record.points) },
    { label: l.ground, value: x.grounds[r.ground] },
    ...(r.statement === '' ? [] : [{ label: l.statement, value: r.statement }]),
    { label: l.attachments, value: r.attachments.length === 0 ? x.file.noAttachments : r.attachments.map((a) => x.file.attachmentLine(a.name, a.sha256)).join('；') },
    { label: l.state, value: x.file.stateText }
  ]
  const notes = filed.online ? x.file.receiptNotes : [x.file.savedOffline, ...x.file.receiptNotes]
  return <PrintSlip title={x.file.receipt} number={r.receiptNo} rows={rows} notes={notes} at={r.filedAt} signatures={x.file.signatures} keysEnabled={keysEnabled} />
}
