// Step 4 of 新增备案: the binding slip the citizen takes away: who bound which vehicle with whose
// consent, whether it is in force or awaiting review, and central's confirmation as it arrives
// (待中心确认 until then; a refusal is said plainly and the action is in 需处理).
import Alert from '@mui/material/Alert'
import type { BindingCreated } from '../../../../shared/contract/workflows/binding-schemas'
import { t } from '../../i18n/zh-CN'
import { useShell } from '../../shell/shell-context'
import { PrintSlip } from '../slip/PrintSlip'

const s = t.binding.slip

export function BindingSlip({ result, perPerson, keysEnabled }: { result: BindingCreated; perPerson: number; keysEnabled: boolean }) {
  const { commandOutcome } = useShell()
  const outcome = commandOutcome(result.commandId)
  const state = outcome === undefined ? 'waiting' : outcome.kind
  const { slip } = result
  const consent = slip.consent === 'sms_code' ? t.binding.confirm.consentSms(slip.consentPhoneMasked ?? '') : t.binding.confirm.consentPresent
  const notes = [
    ...(state === 'waiting' ? [s.noteCentral] : []),
    ...(result.status === 'pending_review' ? [s.noteReview] : []),
    s.noteLimit(perPerson),
    s.noteDate
  ]
  return (
    <>
      <PrintSlip
        title={s.title}
        number={slip.slipNo}
        rows={[
          { label: s.person, value: slip.personName },
          { label: s.document, value: `${slip.idTypeName} ${slip.idNumberMasked}` },
          { label: s.vehicle, value: `${slip.plate}（${slip.plateTypeName}）` },
          { label: s.model, value: slip.model },
          { label: s.owner, value: slip.ownerName },
          { label: s.consent, value: consent },
          { label: s.status, value: result.status === 'active' ? s.statusActive : s.statusPending },
          { label: s.central, value: s.centralStates[state] }
        ]}
        notes={notes}
        at={result.boundAt}
        signatures={slip.consent === 'owner_present' ? [s.person, s.owner] : [s.person]}
        keysEnabled={keysEnabled}
      />
      {outcome?.kind === 'rejected' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {s.rejected(outcome.message)}
        </Alert>
      )}
    </>
  )
}
