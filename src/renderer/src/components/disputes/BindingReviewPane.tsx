// A window binding under review on the 审核 screen (the same binding:review as the sync panel's
// 待审核的备案): who asked, for which vehicle, how the owner consented, who made it; 通过 or 不通过
// with a reason. Their own bindings supervisors can only read (four eyes, refused by main too).
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { BindingReviewItem } from '../../../../shared/contract/workflows/binding-schemas'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { InfoGrid } from '../InfoGrid'

const r = t.disputes.review
const b = r.binding

export function BindingReviewPane({ item, onReviewed }: { item: BindingReviewItem; onReviewed: (notice: string) => void }) {
  const { session, call } = useSession()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const reasons = [...(session.operator.role === 'supervisor' ? [] : [r.supervisorOnly]), ...(item.ownProposal ? [b.own] : [])]

  const decide = async (decision: 'approve' | 'reject'): Promise<void> => {
    if (busy || reasons.length > 0) return
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
    onReviewed(r.bindingDone(decision === 'approve' ? b.approve : b.reject, item.plate))
  }

  return (
    <Stack spacing={2}>
      <InfoGrid
        items={[
          { label: t.binding.section.plate, value: `${item.plate}（${item.plateTypeName}）` },
          { label: t.binding.section.model, value: item.model },
          { label: t.disputes.detail.person, value: `${item.personName} ${item.idNumberMasked}` },
          { label: b.consent, value: t.binding.consents[item.consent] },
          { label: b.requested, value: formatZoned(item.requestedAt) },
          { label: t.disputes.detail.proposer, value: item.proposerName === null ? '—' : `${item.proposerName}（${item.proposerNo ?? ''}）${item.place ?? ''}` }
        ]}
      />
      {reasons.length > 0 && (
        <Alert severity="warning" role="region" aria-label={r.blocked}>
          {reasons.join(' ')}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={r.comment}
          value={comment}
          disabled={reasons.length > 0}
          onChange={(e) => {
            setComment(e.target.value.slice(0, 200))
            setCommentError(null)
          }}
          error={commentError !== null}
          helperText={commentError ?? r.commentHelp}
          sx={{ flex: 1 }}
        />
        <Button variant="contained" color="success" disabled={reasons.length > 0 || busy} onClick={() => void decide('approve')} sx={{ height: 40 }}>
          {b.approve}
        </Button>
        <Button variant="outlined" color="error" disabled={reasons.length > 0 || busy} onClick={() => void decide('reject')} sx={{ height: 40 }}>
          {b.reject}
        </Button>
      </Stack>
      {error !== null && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
    </Stack>
  )
}
