// 待审核的备案, at the top of the sync panel's 需处理 tab: window bindings the profile sends to review,
// from every window of the jurisdiction. A supervisor approves (通过) or rejects (不通过, with a
// reason) each one; their own bindings they can only read (four eyes). Nothing shows when there
// is nothing to review.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { BindingReviewItem, BindingReviewQueue as Queue } from '../../../../shared/contract/workflows/binding-schemas'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'

const r = t.binding.review
const TITLE_ID = 'binding-review-title'

/** `revision` changes when the sync state moves: the queue is read again then. */
export function BindingReviewQueue({ revision }: { revision: unknown }) {
  const { session, call } = useSession()
  const [queue, setQueue] = useState<Queue | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void call('binding:reviews', {}).then((answer) => {
      if (live && answer.ok) setQueue(answer.value)
    })
    return () => {
      live = false
    }
  }, [call, revision])

  if (queue === null || queue.items.length === 0) return null
  const canReview = session.operator.role === 'supervisor'
  return (
    <Stack component="section" aria-labelledby={TITLE_ID} spacing={1.5} sx={{ mb: 2.5 }}>
      <Typography id={TITLE_ID} variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {r.title}（{queue.items.length}）
      </Typography>
      {!canReview && <Alert severity="info">{r.supervisorOnly}</Alert>}
      <Box role="status" aria-live="polite">
        {notice !== null && (
          <Alert severity="success" sx={{ py: 0 }}>
            {notice}
          </Alert>
        )}
      </Box>
      {queue.items.map((item) => (
        <ReviewCard
          key={item.bindingId}
          item={item}
          canReview={canReview}
          onReviewed={(next, text) => {
            setQueue(next)
            setNotice(text)
          }}
        />
      ))}
    </Stack>
  )
}

function ReviewCard({ item, canReview, onReviewed }: { item: BindingReviewItem; canReview: boolean; onReviewed: (queue: Queue, notice: string) => void }) {
  const { call } = useSession()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const blocked = !canReview || item.ownProposal

  const decide = async (decision: 'approve' | 'reject'): Promise<void> => {
    if (busy || blocked) return
    if (decision === 'reject' && comment.trim().length < 2) {
      setCommentError(r.commentRequired)
      return
    }
    setBusy(true)
    setError(null)
    const answer = await call('binding:review', { bindingId: item.bindingId, decision, comment: comment.trim() })
    setBusy(false)
    if (!answer.ok) {
      if (answer.error.field === 'comment') setCommentError(answer.error.message)
      else setError(answer.error)
      return
    }
    onReviewed(answer.value, decision === 'approve' ? r.approved(item.plate) : r.rejected(item.plate))
  }

  const labelId = `binding-review-${item.bindingId}`
  return (
    <Paper variant="outlined" role="group" aria-labelledby={labelId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={labelId} sx={{ fontWeight: 700 }}>
          {item.plate}（{item.plateTypeName}）· {item.personName} {item.idNumberMasked}
        </Typography>
        {item.awaitingCentral && <Chip size="small" color="info" variant="outlined" label={r.awaitingCentral} />}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {item.model} · {r.consent}：{t.binding.consents[item.consent]} · {r.requested}：{formatZoned(item.requestedAt)}
        {item.proposerName !== null && ` · ${r.proposer}：${item.proposerName}（${item.proposerNo ?? ''}）${item.place ?? ''}`}
      </Typography>
      {item.ownProposal && (
        <Alert severity="info" sx={{ mt: 1, py: 0 }}>
          {r.own}
        </Alert>
      )}
      {!blocked && (
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={r.comment}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value.slice(0, 200))
              setCommentError(null)
            }}
            error={commentError !== null}
            helperText={commentError ?? r.commentHelp}
            sx={{ flex: 1 }}
          />
          <Button variant="contained" color="success" disabled={busy} onClick={() => void decide('approve')}>
            {r.approve}
          </Button>
          <Button variant="outlined" color="error" disabled={busy} onClick={() => void decide('reject')}>
            {r.reject}
          </Button>
        </Stack>
      )}
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error.message}
        </Alert>
      )}
    </Paper>
  )
}
