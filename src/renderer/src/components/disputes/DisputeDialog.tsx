// 异议详情: one objection with its evidence photos, and the clerk's proposal form while it is open or
// was sent back (退回补正). Esc closes; the record is read again when something was saved.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import { useEffect, useRef, useState } from 'react'
import type { Result } from '../../../../shared/contract'
import type { DisputeDetail } from '../../../../shared/contract/workflows/disputes-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration, useShell } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { DisputeDetailView } from './DisputeDetailView'
import { EvidenceViewer } from './EvidenceViewer'
import { ProposalForm } from './ProposalForm'

const d = t.disputes.detail

interface DisputeDialogProps {
  disputeId: string
  open: boolean
  onClose: () => void
  /** A proposal was saved: lists and the person's record are read again. */
  onChanged: () => void
}

export function DisputeDialog({ disputeId, open, onClose, onChanged }: DisputeDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const { watchCommand } = useShell()
  const [answer, setAnswer] = useState<Result<DisputeDetail> | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  // The form is gone once its proposal is saved: the focus goes to the notice, inside the dialog
  // (so Esc still closes it), and a screen reader reads it out.
  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus()
  }, [notice])

  useEffect(() => {
    let live = true
    void call('dispute:get', { disputeId }).then((a) => {
      if (live) setAnswer(a)
    })
    return () => {
      live = false
    }
  }, [call, disputeId])

  const detail = answer?.ok === true ? answer.value : null
  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="dispute-dialog-title">
      <DialogTitle id="dispute-dialog-title">
        {d.title}
        {detail !== null && ` · ${detail.summary.record.recordNo}`}
      </DialogTitle>
      <DialogContent dividers>
        {answer === null && <LinearProgress aria-label={t.disputes.section.loading} />}
        {answer?.ok === false && (
          <Alert severity="error" role="alert">
            {answer.error.message}
          </Alert>
        )}
        {detail !== null && (
          <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', md: '5fr 4fr' }, alignItems: 'start' }}>
            <Box sx={{ minWidth: 0 }}>
              <DisputeDetailView detail={detail} reviewerChecks={false} />
            </Box>
            <Box sx={{ minWidth: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
              <EvidenceViewer violationId={detail.summary.record.id} />
              {notice !== null && (
                <Alert severity="success" role="status" tabIndex={-1} ref={noticeRef} sx={{ outline: 'none' }}>
                  {notice}
                </Alert>
              )}
              {detail.canPropose && (
                <ProposalForm
                  key={`${detail.summary.status}-${detail.summary.proposedAt ?? ''}`}
                  detail={detail}
                  onProposed={(changed) => {
                    setAnswer({ ok: true, value: changed.detail })
                    setNotice(t.disputes.propose.submitted)
                    if (changed.detail.summary.personId !== null) watchCommand(changed.commandId, changed.detail.summary.personId)
                    onChanged()
                  }}
                />
              )}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} aria-keyshortcuts="Escape">
          {d.close}
          <KeyHint keys="Esc" />
        </Button>
      </DialogActions>
    </Dialog>
  )
}
