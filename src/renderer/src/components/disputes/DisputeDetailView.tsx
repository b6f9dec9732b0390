// One objection as the clerk and the reviewer read it: the record, the citizen's ground and
// statement, the attached files (looked at here when this window holds them), the proposal, the
// rule checks for the signed-in operator and the history of every step (who, when, where).
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { AttachmentInfo, DisputeDetail } from '../../../../shared/contract/workflows/disputes-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { InfoGrid } from '../InfoGrid'
import { useObjectUrl } from './useObjectUrl'

const d = t.disputes.detail
const x = t.disputes

export function DisputeStatusChip({ status, awaitingCentral }: { status: DisputeDetail['summary']['status']; awaitingCentral: boolean }) {
  const color = status === 'approved' ? 'success' : status === 'rejected' ? 'default' : status === 'returned' ? 'warning' : status === 'proposed' ? 'info' : 'primary'
  return (
    <Stack direction="row" spacing={0.5} component="span">
      <Chip size="small" label={x.statuses[status]} color={color} variant={status === 'proposed' || status === 'returned' ? 'filled' : 'outlined'} />
      {awaitingCentral && <Chip size="small" label={x.awaitingCentral} color="info" variant="outlined" />}
    </Stack>
  )
}

function Heading({ id, children }: { id: string; children: string }) {
  return (
    <Typography id={id} variant="subtitle2" component="h3" sx={{ fontWeight: 700, mt: 1 }}>
      {children}
    </Typography>
  )
}

function AttachmentLine({ disputeId, file }: { disputeId: string; file: AttachmentInfo }) {
  const { call } = useSession()
  const [picture, setPicture] = useState<{ base64: string; mime: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const url = useObjectUrl(picture)
  const image = file.mime !== 'application/pdf'
  const open = async (): Promise<void> => {
    if (picture !== null) return setPicture(null)
    const answer = await call('dispute:attachment', { disputeId, sha256: file.sha256 })
    if (answer.ok) setPicture({ base64: answer.value.base64, mime: answer.value.mime })
    else setError(answer.error.message)
  }
  return (
    <Box component="li" sx={{ mb: 0.5 }}>
      <Typography variant="body2" component="div">
        {file.local && image ? (
          <Link component="button" type="button" onClick={() => void open()} aria-label={x.attachments.open(file.name)}>
            {file.name}
          </Link>
        ) : (
          file.name
        )}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {file.mime} · {Math.max(1, Math.round(file.size / 1024))} KB · SHA-256 {file.sha256.slice(0, 16)}…{!file.local && ` · ${x.attachments.hereOnly}`}
        </Typography>
      </Typography>
      {error !== null && (
        <Alert severity="warning" sx={{ py: 0 }}>
          {error}
        </Alert>
      )}
      {url !== null && <Box component="img" src={url} alt={file.name} sx={{ maxWidth: '100%', maxHeight: 240, mt: 0.5, border: 1, borderColor: 'divider' }} />}
    </Box>
  )
}

/** The checks about who reviews (status, four eyes, role); the rest are about the proposal itself. */
const REVIEWER_CHECKS = new Set(['NOT_AWAITING_APPROVAL', 'SAME_OPERATOR', 'NOT_SUPERVISOR'])

/** `reviewerChecks`: show the checks on the signed-in operator as reviewer (the 审核 screen), not only the proposal's. */
export function DisputeDetailView({ detail, reviewerChecks = true }: { detail: DisputeDetail; reviewerChecks?: boolean }) {
  const { summary, proposal } = detail
  const checks = reviewerChecks ? detail.checks : detail.checks.filter((c) => !REVIEWER_CHECKS.has(c.code))
  const r = summary.record
  const id = `dispute-${summary.id}`
  return (
    <Stack spacing={1.25}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <DisputeStatusChip status={summary.status} awaitingCentral={summary.awaitingCentral} />
        <Typography variant="body2" color="text.secondary">
          {d.filed}：{formatZoned(summary.filedAt)} · {summary.filedBy}
        </Typography>
      </Stack>
      <InfoGrid
        minColumn={200}
        items={[
          { label: d.record, value: `${r.recordNo}` },
          { label: t.person.violations.plate, value: `${r.plate}（${r.plateTypeName}）` },
          { label: d.person, value: summary.personName },
          { label: t.person.violations.occurredAt, value: formatZoned(r.occurredAt) },
          { label: t.person.violations.place, value: `${r.place}`, wide: true },
          { label: t.person.violations.behaviour, value: `${r.behaviour}（${r.code}）`, wide: true },
          { label: t.person.violations.fine, value: `${formatFen(r.fineFen)}，${r.points} 分` },
          { label: x.section.ground, value: x.grounds[summary.ground], wide: true }
        ]}
      />
      {detail.statement !== '' && (
        <Typography variant="body2">
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {d.statement}：
          </Box>
          {detail.statement}
        </Typography>
      )}
      {detail.attachments.length > 0 && (
        <>
          <Heading id={`${id}-files`}>{x.attachments.title}</Heading>
          <Box component="ul" aria-labelledby={`${id}-files`} sx={{ m: 0, pl: 2.5 }}>
            {detail.attachments.map((f) => (
              <AttachmentLine key={f.sha256} disputeId={summary.id} file={f} />
            ))}
          </Box>
        </>
      )}
      <Box component="section" aria-labelledby={`${id}-proposal`}>
        <Heading id={`${id}-proposal`}>{d.proposal}</Heading>
        {proposal === null ? (
          <Typography variant="body2" color="text.secondary">
            {d.noProposal}
          </Typography>
        ) : (
          <InfoGrid
            minColumn={200}
            items={[
              { label: d.proposal, value: x.outcomes[proposal.outcome] },
              ...(proposal.ground === null ? [] : [{ label: d.ground, value: x.grounds[proposal.ground], wide: true }]),
              ...(proposal.vehicle === null ? [] : [{ label: d.vehicle, value: `${proposal.vehicle.plate}（${proposal.vehicle.plateTypeName}）${proposal.vehicle.model} · ${proposal.vehicle.ownerMasked}` }]),
              ...(proposal.driver === null ? [] : [{ label: d.driver, value: `${proposal.driver.nameMasked} ${proposal.driver.idNumberMasked}` }]),
              { label: d.proposer, value: `${summary.proposedBy ?? '—'}${summary.proposedAt === null ? '' : ` · ${formatZoned(summary.proposedAt)}`}` },
              ...(proposal.note === '' ? [] : [{ label: d.note, value: proposal.note, wide: true }])
            ]}
          />
        )}
        {summary.reviewComment !== null && (
          <Alert severity={summary.status === 'returned' ? 'warning' : 'info'} sx={{ mt: 1, py: 0 }}>
            {d.lastReview}（{summary.reviewedBy ?? '—'}）：{summary.reviewComment}
          </Alert>
        )}
      </Box>
      {proposal !== null && (
        <Box component="section" aria-labelledby={`${id}-checks`}>
          <Heading id={`${id}-checks`}>{d.checks}</Heading>
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {checks.map((c) => (
              <Box component="li" key={c.code} sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', py: 0.25 }}>
                {c.passed ? <CheckCircleIcon color="success" fontSize="small" aria-label="通过" /> : <ErrorOutlineIcon color="error" fontSize="small" aria-label="未通过" />}
                <Typography variant="body2" component="span">
                  {c.message}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {c.source} <Box component="span" sx={{ fontFamily: 'monospace' }}>{c.code}</Box>
                  </Typography>
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      )}
      <Heading id={`${id}-history`}>{d.history}</Heading>
      <Box component="ol" aria-labelledby={`${id}-history`} sx={{ m: 0, pl: 2.5 }}>
        {detail.history.map((h, i) => (
          <Box component="li" key={`${h.kind}-${h.at}-${i}`} sx={{ py: 0.25 }}>
            <Typography variant="body2" component="div">
              {h.summary}
              {h.pending && <Chip size="small" label={x.awaitingCentral} color="info" variant="outlined" sx={{ ml: 1, height: 20 }} />}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {formatZoned(h.at)} · {h.operator ?? '—'} · {h.place}
            </Typography>
          </Box>
        ))}
      </Box>
    </Stack>
  )
}
