// Step 5: the change slip, printed for the person: both numbers masked, the records, who changed
// them where and when, and, for a change saved offline, that central has yet to confirm it and
// that the new number was not verified by SMS. Central's answer updates the state line live.
import Alert from '@mui/material/Alert'
import type { PhoneChangeResult } from '../../../../shared/contract/workflows/phone-change'
import { t } from '../../i18n/zh-CN'
import { useShell } from '../../shell/shell-context'
import { PrintSlip } from '../slip/PrintSlip'

const s = t.phoneChange.slip

export function ChangeSlip({ result }: { result: PhoneChangeResult }) {
  const { commandOutcome } = useShell()
  const outcome = commandOutcome(result.commandId)
  const state = outcome === undefined ? 'waiting' : outcome.kind
  const notes = [...(result.newPhoneVerified ? [] : [s.noteOffline]), s.noteOld, s.noteKeep]
  return (
    <>
      <PrintSlip
        title={s.title}
        // The business's id, shortened the way the binding slip does it: readable over the counter.
        number={`BG${result.changeId.replace(/-/g, '').slice(0, 12).toUpperCase()}`}
        rows={[
          { label: s.applicant, value: result.person.name },
          { label: s.idNumber, value: result.person.idNumberMasked },
          ...result.targets.map((target) => ({
            label: target.label,
            value: t.phoneChange.confirm.change(target.oldPhoneMasked, result.newPhoneMasked)
          })),
          { label: s.identity, value: t.phoneChange.identity.methods[result.identity] },
          { label: s.newVerification, value: result.newPhoneVerified ? s.verified : s.unverified },
          { label: s.state, value: s.states[state] }
        ]}
        notes={notes}
        at={result.at}
        signatures={[s.applicant]}
      />
      {outcome?.kind === 'rejected' && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {s.rejected(outcome.message)}
        </Alert>
      )}
    </>
  )
}
