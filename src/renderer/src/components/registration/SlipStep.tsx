// Step 5, 完成: the registration slip to print (Ctrl+P), following central's answer: 待中心确认
// until central has decided, then confirmed (or refused, with its reason). 办理下一位 starts over;
// 查看人员档案 opens the record, where the registration now shows in the history.
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { useEffect } from 'react'
import type { RegistrationSlip } from '../../../../shared/contract/workflows/registration'
import { t } from '../../i18n/zh-CN'
import { useShell } from '../../shell/shell-context'
import type { CommandOutcome } from '../../sync/useCommandWatch'
import { KeyHint } from '../KeyHint'
import { PrintSlip, type SlipRow } from '../slip/PrintSlip'
import { formatSize } from './UnitFields'

const s = t.registration.slip

/** 驾驶证 3201****5684；机动车 苏AFA0834、苏AQ282P */
export function recordsText(records: readonly { record: 'driver' | 'vehicle'; label: string }[]): string {
  const of = (kind: 'driver' | 'vehicle'): string[] => records.filter((r) => r.record === kind).map((r) => r.label)
  return [
    of('driver').length > 0 ? `${t.registration.review.licence} ${of('driver').join('、')}` : '',
    of('vehicle').length > 0 ? `${t.registration.slip.vehicle} ${of('vehicle').join('、')}` : ''
  ]
    .filter((x) => x !== '')
    .join('；')
}

export function slipRows(slip: RegistrationSlip, status: string, outcome: CommandOutcome['kind']): SlipRow[] {
  const rows: SlipRow[] = [{ label: s.rows.kind, value: s.kinds[slip.kind] }]
  if (slip.unit !== null) {
    rows.push({ label: s.rows.unit, value: slip.unit.name }, { label: s.rows.creditCode, value: slip.unit.creditCode }, { label: s.rows.manager, value: slip.managerName ?? '' })
  } else {
    rows.push({ label: s.rows.holder, value: slip.holderName })
  }
  rows.push(
    { label: s.rows.document, value: `${slip.documentName} ${slip.documentMasked}` },
    { label: s.rows.phone, value: slip.phoneMasked },
    { label: s.rows.status, value: status }
  )
  if (slip.kind === 'person') {
    rows.push({ label: s.rows.licence, value: slip.licence ?? t.registration.none }, { label: s.rows.plates, value: slip.plates.length > 0 ? slip.plates.join('、') : t.registration.none })
  } else if (slip.plates.length > 0) {
    rows.push({ label: s.rows.plates, value: slip.plates.join('、') })
  }
  // Refused by central, the records keep their phones: the row would say otherwise.
  if (slip.recordPhonesChanged.length > 0 && outcome !== 'rejected') {
    const changed = s.changedTo(recordsText(slip.recordPhonesChanged), slip.phoneMasked)
    rows.push({ label: s.rows.recordPhones, value: outcome === 'confirmed' ? changed : `${changed}${s.awaitingCentral}` })
  }
  if (slip.letter !== null) rows.push({ label: s.rows.letter, value: `${slip.letter.fileName}（${formatSize(slip.letter.size)}，SHA-256 ${slip.letter.sha256.slice(0, 16)}…）` })
  return rows
}

interface SlipStepProps {
  slip: RegistrationSlip
  keysEnabled: boolean
  onNext: () => void
  onOpenPerson: (personId: string) => void
}

export function SlipStep({ slip, keysEnabled, onNext, onOpenPerson }: SlipStepProps) {
  const { watchCommand, commandOutcome } = useShell()
  useEffect(() => watchCommand(slip.commandId, slip.personId), [slip.commandId, slip.personId, watchCommand])
  const outcome = commandOutcome(slip.commandId)
  const status =
    outcome?.kind === 'confirmed' ? s.statusConfirmed : outcome?.kind === 'rejected' ? s.statusRejected(outcome.message) : s.statusPending
  const notes: string[] = [s.notes.login, s.notes.keep]
  if (outcome?.kind !== 'confirmed') notes.unshift(slip.offline ? s.notes.offline : s.notes.pending)

  return (
    <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto' }}>
      <PrintSlip title={s.title} number={slip.slipNo} rows={slipRows(slip, status, outcome?.kind ?? 'waiting')} notes={notes} at={slip.registeredAt} keysEnabled={keysEnabled} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }} className="cd-no-print">
        <Button variant="outlined" onClick={() => onOpenPerson(slip.personId)}>
          {s.openPerson}
        </Button>
        <Button variant="contained" onClick={onNext} autoFocus aria-keyshortcuts="Enter">
          {s.next}
          <KeyHint keys={s.nextShortcut} />
        </Button>
      </Stack>
    </Stack>
  )
}
