// 处理交通违法 at the window: the record, what the driver must be told (each warning that needs it
// is ticked off explicitly before 确认处理 unlocks), what follows, and, away from central, that the
// decision number is provisional. Then the result: decision number, due date, fine and points; the
// provisional number is replaced on screen as soon as central assigns the definitive one.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Divider from '@mui/material/Divider'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { AppError, ProcessResult, ViolationView } from '../../../shared/contract'
import { formatFen } from '../format/money'
import { syncStateLabel } from '../format/sync'
import { formatZoned } from '../format/time'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { useModalRegistration, useShell } from '../shell/shell-context'
import { FindingList } from './FindingList'
import { InfoGrid } from './InfoGrid'
import { KeyHint } from './KeyHint'
import { ProcessResultView } from './ProcessResultView'

const p = t.process
const w = t.person.violations

interface ProcessDialogProps {
  open: boolean
  violation: ViolationView
  person: { id: string; name: string }
  onClose: () => void
  /** Closed and faded out: the caller puts the focus back (the row's button may be gone by now). */
  onExited: () => void
  /** On closing after an answer: the record changed (or may have), read it again. */
  onChanged: () => void
}

export function ProcessDialog({ open, violation, person, onClose, onExited, onChanged }: ProcessDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const { sync, watchCommand } = useShell()
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(() => new Set())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [result, setResult] = useState<ProcessResult | null>(null)

  const verdict = violation.verdicts.window
  const toConfirm = verdict.warnings.flatMap((finding, index) => (finding.confirm === true ? [index] : []))
  const left = toConfirm.filter((index) => !confirmed.has(index)).length
  const online = sync.error === null && sync.status?.state === 'online'

  const close = (): void => {
    if (busy) return
    // Read the record again once the clerk is back on it: processed now, or, after a refusal,
    // possibly changed elsewhere (processed on 12123, new warnings).
    if (result !== null || error !== null) onChanged()
    onClose()
  }

  const toggle = (index: number): void =>
    setConfirmed((current) => {
      const next = new Set(current)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  const submit = async (): Promise<void> => {
    if (busy || left > 0 || result !== null) return
    setBusy(true)
    setError(null)
    const codes = [...new Set(toConfirm.map((index) => verdict.warnings[index]?.code ?? ''))].filter((code) => code !== '')
    const answer = await call('violation:process', { violationId: violation.id, personId: person.id, confirmed: codes })
    setBusy(false)
    if (!answer.ok) {
      setError(answer.error)
      return
    }
    setResult(answer.value)
    watchCommand(answer.value.commandId, person.id)
  }

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle sx={{ pb: 0 }}>{p.title}</DialogTitle>
      <Typography variant="body2" color="text.secondary" sx={{ px: 3 }}>
        {p.recordNo(violation.recordNo)}
      </Typography>
      {result !== null ? (
        <>
          <DialogContent>
            <ProcessResultView result={result} />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button variant="contained" onClick={close} autoFocus aria-keyshortcuts="Enter">
              {p.close}
              <KeyHint keys="Enter" />
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogContent>
            <Stack spacing={2}>
              <InfoGrid
                minColumn={150}
                items={[
                  { label: p.party, value: person.name },
                  { label: w.plate, value: violation.plate },
                  { label: w.occurredAt, value: formatZoned(violation.occurredAt) },
                  { label: w.fine, value: formatFen(violation.fineFen) },
                  { label: w.points, value: p.pointsValue(violation.points) },
                  { label: w.place, value: violation.place, wide: true },
                  { label: w.behaviour, value: `${violation.code} ${violation.behaviour}`, wide: true }
                ]}
              />
              <Divider />
              <Box>
                <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
                  {p.warnings}
                </Typography>
                {verdict.warnings.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {p.noFindings}
                  </Typography>
                ) : (
                  <Stack spacing={1}>
                    {verdict.warnings.map((finding, index) => (
                      <Box
                        key={`${finding.code}-${index}`}
                        sx={(theme) => ({
                          px: 1.5,
                          py: 1,
                          borderRadius: 1,
                          border: 1,
                          borderColor: finding.confirm === true ? theme.palette.warning.main : theme.palette.divider,
                          bgcolor: finding.confirm === true ? '#fff8e6' : 'transparent'
                        })}
                      >
                        <FindingList findings={[finding]} dense />
                        {finding.confirm === true && (
                          <FormControlLabel
                            control={
                              <Checkbox
                                checked={confirmed.has(index)}
                                onChange={() => toggle(index)}
                                autoFocus={index === toConfirm[0]}
                                color="warning"
                                size="small"
                              />
                            }
                            label={p.confirm}
                            sx={{ mt: 0.5, '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
                          />
                        )}
                      </Box>
                    ))}
                  </Stack>
                )}
              </Box>
              {verdict.consequences.length > 0 && (
                <Box>
                  <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mb: 0.5 }}>
                    {p.consequences}
                  </Typography>
                  <FindingList findings={verdict.consequences} />
                </Box>
              )}
              {!online && (
                <Alert severity="warning">
                  {sync.status?.state === 'unenrolled' ? p.notEnrolled : p.notOnline(syncStateLabel(sync.error === null ? sync.status : null))}
                </Alert>
              )}
              {error !== null && (
                <Alert role="alert" severity="error">
                  {error.message}
                </Alert>
              )}
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1, color: 'warning.dark' }} aria-live="polite">
              {left > 0 ? p.confirmsLeft(left) : ''}
            </Typography>
            <Button onClick={close} disabled={busy} aria-keyshortcuts="Escape">
              {p.cancel}
              <KeyHint keys="Esc" />
            </Button>
            <Button
              variant="contained"
              onClick={() => void submit()}
              disabled={busy || left > 0}
              autoFocus={toConfirm.length === 0}
            >
              {busy ? p.submitting : p.submit}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  )
}
