// One action central refused (需处理): what it was, central's reason in its own words, who did it and
// when. A supervisor settles it here: issue it again (decided afresh on today's data), void it, or
// escalate it to central; voiding and escalating need a written reason. Anyone else only reads it.
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useRef, useState, type ReactNode } from 'react'
import type { AppError, SyncItem, SyncList } from '../../../../shared/contract'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'

const p = t.sync.panel
type Resolution = NonNullable<SyncItem['resolution']>['kind']
const RESOLUTIONS: readonly Resolution[] = ['reissue', 'void', 'escalate']
const MIN_COMMENT = 2

function Line({ label, children, tone }: { label: string; children: ReactNode; tone?: 'error' | 'warning' }) {
  return (
    <Typography variant="body2" component="div">
      <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
        {label}：
      </Box>
      <Box component="span" sx={{ color: tone === undefined ? undefined : `${tone}.dark`, fontWeight: tone === undefined ? 400 : 500 }}>
        {children}
      </Box>
    </Typography>
  )
}

interface RejectedCardProps {
  item: SyncItem
  /** The signed-in operator is a supervisor. */
  canResolve: boolean
  onResolved: (list: SyncList) => void
}

export function RejectedCard({ item, canResolve, onResolved }: RejectedCardProps) {
  const { call } = useSession()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState<Resolution | null>(null)
  const commentRef = useRef<HTMLInputElement>(null)
  const cardRef = useRef<HTMLDivElement>(null)
  const resolution = item.resolution

  const resolve = async (kind: Resolution): Promise<void> => {
    if (busy !== null) return
    if (kind !== 'reissue' && comment.trim().length < MIN_COMMENT) {
      setCommentError(p.commentRequired)
      commentRef.current?.focus()
      return
    }
    setBusy(kind)
    setError(null)
    setCommentError(null)
    const answer = await call('sync:resolve', { commandId: item.id, resolution: kind, comment: comment.trim() })
    setBusy(null)
    if (answer.ok) {
      onResolved(answer.value)
      // The buttons are gone with the settled task: keep the focus on this card, not on the page.
      cardRef.current?.focus()
    } else if (answer.error.field === 'comment') {
      setCommentError(answer.error.message)
      commentRef.current?.focus()
    } else {
      setError(answer.error)
    }
  }

  return (
    <Paper
      ref={cardRef}
      tabIndex={-1}
      role="group"
      aria-label={p.rejectedGroup(item.summary)}
      sx={(theme) => ({
        p: 2,
        outline: 'none',
        borderLeft: `3px solid ${resolution === null ? theme.palette.warning.main : theme.palette.divider}`
      })}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Chip label={item.typeName} variant="outlined" sx={{ height: 22, fontSize: '0.75rem' }} />
        <Typography sx={{ fontWeight: 500, flex: 1, minWidth: 0 }}>{item.summary}</Typography>
        {resolution === null ? (
          <Chip label={p.open} color="warning" sx={{ height: 22 }} />
        ) : (
          <Chip
            icon={<CheckCircleOutlineIcon />}
            label={p.resolutions[resolution.kind]}
            variant="outlined"
            sx={{ height: 22 }}
          />
        )}
      </Stack>
      <Stack spacing={0.5}>
        <Line label={p.reason} tone={resolution === null ? 'error' : undefined}>
          {item.reasonMessage ?? item.reasonCode ?? '—'}
          {item.reasonCode !== null && item.reasonMessage !== null && (
            <Box component="span" sx={{ ml: 1, fontFamily: 'monospace', fontSize: '0.75rem', color: 'text.secondary', fontWeight: 400 }}>
              {item.reasonCode}
            </Box>
          )}
        </Line>
        {item.localConflict !== null && <Line label={p.localConflict}>{item.localConflict}</Line>}
        <Line label={p.handledBy}>
          {item.operatorName ?? p.unknownOperator} · {formatZoned(item.createdAt)}
        </Line>
        {resolution !== null && (
          <Typography variant="body2" color="text.secondary">
            {p.resolved(p.resolutions[resolution.kind], resolution.by ?? p.unknownOperator, formatZoned(resolution.at))}
            {resolution.comment !== null && resolution.comment !== '' && ` · ${p.resolvedComment(resolution.comment)}`}
          </Typography>
        )}
      </Stack>
      {resolution === null && canResolve && (
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'flex-start' }}>
          <TextField
            label={p.comment}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value)
              if (commentError !== null) setCommentError(null)
            }}
            inputRef={commentRef}
            error={commentError !== null}
            helperText={commentError ?? p.commentHint}
            slotProps={{ htmlInput: { maxLength: 200 } }}
            sx={{ flex: 1 }}
          />
          {RESOLUTIONS.map((kind) => (
            <Button
              key={kind}
              variant={kind === 'reissue' ? 'contained' : 'outlined'}
              color={kind === 'void' ? 'error' : 'primary'}
              disabled={busy !== null}
              onClick={() => void resolve(kind)}
              sx={{ flexShrink: 0, height: 40 }}
            >
              {busy === kind ? p.resolving : p.resolutions[kind]}
            </Button>
          ))}
        </Stack>
      )}
      {error !== null && (
        <Alert role="alert" severity="error" sx={{ mt: 1 }}>
          {error.message}
        </Alert>
      )}
    </Paper>
  )
}
