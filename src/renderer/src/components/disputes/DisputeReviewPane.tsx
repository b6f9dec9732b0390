// One objection under review: the evidence photos, the case with its proposal, the rule checks and
// the history, and the reviewer's decision: 通过, 驳回 or 退回补正 (the last two with a written
// comment). When the signed-in operator may not review it (their own proposal, not a supervisor)
// the buttons stay disabled and the reasons are shown right above them.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '../../../../shared/contract'
import { REVIEW_DECISIONS, type DisputeDetail, type ReviewDecision } from '../../../../shared/contract/workflows/disputes-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useShell } from '../../shell/shell-context'
import { DisputeDetailView } from './DisputeDetailView'
import { EvidenceViewer } from './EvidenceViewer'

const r = t.disputes.review
const MIN_COMMENT = 2

interface DisputeReviewPaneProps {
  disputeId: string
  /** The review was saved: the queue is read again, with this notice. */
  onReviewed: (notice: string) => void
}

export function DisputeReviewPane({ disputeId, onReviewed }: DisputeReviewPaneProps) {
  const { call } = useSession()
  const { watchCommand } = useShell()
  const [answer, setAnswer] = useState<Result<DisputeDetail> | null>(null)
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState<ReviewDecision | null>(null)
  const commentRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    // The parent keys this pane by case, so a new case starts with an empty comment.
    let live = true
    void call('dispute:get', { disputeId }).then((a) => {
      if (live) setAnswer(a)
    })
    return () => {
      live = false
    }
  }, [call, disputeId])

  if (answer === null) return <LinearProgress aria-label={t.disputes.section.loading} />
  if (!answer.ok) {
    return (
      <Alert severity="error" role="alert">
        {answer.error.message}
      </Alert>
    )
  }
  const detail = answer.value
  const allowed = detail.review.allowed

  const decide = async (decision: ReviewDecision): Promise<void> => {
    if (busy !== null || !allowed || detail.proposal === null) return
    if (decision !== 'approve' && comment.trim().length < MIN_COMMENT) {
      setCommentError(r.commentRequired)
      commentRef.current?.focus()
      return
    }
    setBusy(decision)
    setError(null)
    const saved = await call('dispute:review', { disputeId, decision, comment: comment.trim(), proposalRevision: detail.proposal.revision })
    setBusy(null)
    if (!saved.ok) {
      if (saved.error.field === 'comment') setCommentError(saved.error.message)
      else setError(saved.error)
      return
    }
    if (saved.value.detail.summary.personId !== null) watchCommand(saved.value.commandId, saved.value.detail.summary.personId)
    onReviewed(r.disputeDone(t.disputes.decisions[decision], detail.summary.record.plate))
  }

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', xl: '4fr 5fr' }, alignItems: 'start' }}>
        <EvidenceViewer violationId={detail.summary.record.id} height={280} />
        <DisputeDetailView detail={detail} />
      </Box>
      <Stack component="section" aria-label={r.comment} spacing={1.25} sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
        {!allowed && (
          <Alert severity="warning" role="region" aria-label={r.blocked}>
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {r.blocked}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {detail.review.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </Box>
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={r.comment}
            value={comment}
            inputRef={commentRef}
            disabled={!allowed}
            onChange={(e) => {
              setComment(e.target.value.slice(0, 200))
              setCommentError(null)
            }}
            error={commentError !== null}
            helperText={commentError ?? r.commentHelp}
            sx={{ flex: 1 }}
          />
          {REVIEW_DECISIONS.map((decision) => (
            <Button
              key={decision}
              variant={decision === 'approve' ? 'contained' : 'outlined'}
              color={decision === 'approve' ? 'success' : decision === 'reject' ? 'error' : 'warning'}
              disabled={!allowed || busy !== null}
              onClick={() => void decide(decision)}
              sx={{ height: 40, flexShrink: 0 }}
            >
              {t.disputes.decisions[decision]}
            </Button>
          ))}
        </Stack>
        {error !== null && (
          <Alert severity="error" role="alert">
            {error.message}
          </Alert>
        )}
      </Stack>
    </Stack>
  )
}
