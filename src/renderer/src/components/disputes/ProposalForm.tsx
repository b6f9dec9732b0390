// 提出处理意见: the clerk's proposal on an objection, for a supervisor's review: 维持记录, 消除记录
// (with its ground), 更正号牌 (the vehicle actually recorded, found by plate and type) or 转移至实际
// 驾驶人 (found by ID number). After a send-back (退回补正) the same form re-submits, with more
// files if the reviewer asked for them. Main checks everything again; its refusals show beside the
// field they concern.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import {
  DISPUTE_GROUNDS,
  DISPUTE_OUTCOMES,
  type DisputeChanged,
  type DisputeDetail,
  type DisputeGround,
  type DisputeLookup,
  type DisputeOutcome
} from '../../../../shared/contract/workflows/disputes-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { AttachmentPicker, type PickedFile } from './AttachmentPicker'

const p = t.disputes.propose
const x = t.disputes

interface ProposalFormProps {
  detail: DisputeDetail
  onProposed: (changed: DisputeChanged) => void
}

export function ProposalForm({ detail, onProposed }: ProposalFormProps) {
  const { call } = useSession()
  const returned = detail.summary.status === 'returned'
  const [outcome, setOutcome] = useState<DisputeOutcome>(detail.proposal?.outcome ?? 'uphold')
  const [ground, setGround] = useState<DisputeGround | ''>(detail.proposal?.ground ?? '')
  const [note, setNote] = useState(detail.proposal?.note ?? '')
  const [plate, setPlate] = useState('')
  const [plateType, setPlateType] = useState('02')
  const [idNumber, setIdNumber] = useState('')
  const [found, setFound] = useState<DisputeLookup | null>(null)
  const [files, setFiles] = useState<PickedFile[]>([])
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const lookup = async (target: { kind: 'vehicle'; plate: string; plateType: string } | { kind: 'driver'; idNumber: string }): Promise<void> => {
    const answer = await call('dispute:lookup', { disputeId: detail.summary.id, target })
    if (answer.ok) setFound(answer.value)
    else setError(answer.error)
  }
  const vehicle = found?.state === 'found' ? found.vehicle : null
  const driver = found?.state === 'found' ? found.driver : null
  const lookupMessage = found !== null && found.state !== 'found' ? found.message : null

  const missing =
    outcome === 'void' && ground === '' ? p.needGround : outcome === 'correct_plate' && vehicle === null ? p.needVehicle : outcome === 'transfer' && driver === null ? p.needDriver : null

  const submit = async (): Promise<void> => {
    if (busy || missing !== null) return
    setBusy(true)
    setError(null)
    const answer = await call('dispute:propose', {
      disputeId: detail.summary.id,
      outcome,
      ground: outcome === 'void' && ground !== '' ? ground : null,
      note: note.trim(),
      vehicleId: outcome === 'correct_plate' ? (vehicle?.id ?? null) : null,
      driverPersonId: outcome === 'transfer' ? (driver?.personId ?? null) : null,
      attachments: files.map((f) => ({ fileName: f.fileName, base64: f.base64 }))
    })
    setBusy(false)
    if (answer.ok) onProposed(answer.value)
    else setError(answer.error)
  }

  const fieldError = (field: string): string | null => (error?.field === field ? error.message : null)

  return (
    <Stack component="section" aria-label={p.title(returned)} spacing={1.5} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {p.title(returned)}
      </Typography>
      <FormControl>
        <FormLabel id="proposal-kind">{p.kind}</FormLabel>
        <RadioGroup
          aria-labelledby="proposal-kind"
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as DisputeOutcome)
            setFound(null)
            setError(null)
          }}
        >
          {DISPUTE_OUTCOMES.map((o) => (
            <FormControlLabel
              key={o}
              value={o}
              control={<Radio size="small" />}
              label={
                <span>
                  {x.outcomes[o]}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {x.outcomeHelp[o]}
                  </Typography>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      {outcome === 'void' && (
        <TextField
          select
          size="small"
          label={p.ground}
          value={ground}
          onChange={(e) => setGround(e.target.value as DisputeGround)}
          error={fieldError('ground') !== null}
          helperText={fieldError('ground') ?? ' '}
          slotProps={{ select: { native: true } }}
        >
          <option value="" />
          {DISPUTE_GROUNDS.map((g) => (
            <option key={g} value={g}>
              {x.grounds[g]}
            </option>
          ))}
        </TextField>
      )}
      {outcome === 'correct_plate' && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField select size="small" label={p.plateType} value={plateType} onChange={(e) => setPlateType(e.target.value)} slotProps={{ select: { native: true } }} sx={{ width: 190 }}>
            {detail.plateTypes.map((pt) => (
              <option key={pt.code} value={pt.code}>
                {pt.code} {pt.name}
              </option>
            ))}
          </TextField>
          <TextField
            size="small"
            label={p.plate}
            value={plate}
            onChange={(e) => {
              setPlate(e.target.value.toUpperCase())
              setFound(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                void lookup({ kind: 'vehicle', plate, plateType })
              }
            }}
            error={lookupMessage !== null || fieldError('vehicle') !== null}
            helperText={lookupMessage ?? fieldError('vehicle') ?? (vehicle === null ? ' ' : `${p.found}：${vehicle.plate}（${vehicle.plateTypeName}）${vehicle.model} · ${vehicle.ownerMasked}`)}
            sx={{ flex: 1 }}
          />
          <Button variant="outlined" onClick={() => void lookup({ kind: 'vehicle', plate, plateType })} sx={{ height: 40 }}>
            {p.findVehicle}
          </Button>
        </Stack>
      )}
      {outcome === 'transfer' && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={p.idNumber}
            value={idNumber}
            onChange={(e) => {
              setIdNumber(e.target.value.toUpperCase())
              setFound(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                void lookup({ kind: 'driver', idNumber })
              }
            }}
            error={lookupMessage !== null || fieldError('idNumber') !== null}
            helperText={lookupMessage ?? fieldError('idNumber') ?? (driver === null ? ' ' : `${p.found}：${driver.nameMasked} ${driver.idNumberMasked}`)}
            sx={{ flex: 1 }}
          />
          <Button variant="outlined" onClick={() => void lookup({ kind: 'driver', idNumber })} sx={{ height: 40 }}>
            {p.findDriver}
          </Button>
        </Stack>
      )}
      <TextField size="small" label={p.note} value={note} onChange={(e) => setNote(e.target.value.slice(0, 500))} helperText={p.noteHelp} multiline minRows={2} />
      <AttachmentPicker files={files} onChange={setFiles} error={fieldError('attachments')} disabled={busy} />
      {error !== null && error.field === undefined && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void submit()} disabled={busy || missing !== null}>
          {busy ? p.submitting : p.submit}
        </Button>
        {missing !== null && (
          <Typography variant="body2" color="text.secondary" aria-live="polite">
            {missing}
          </Typography>
        )}
      </Stack>
    </Stack>
  )
}
