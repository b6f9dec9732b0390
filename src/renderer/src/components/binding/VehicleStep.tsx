// Step 1 of 新增备案: 号牌种类 and 号牌号码, checked by main as typed; then the vehicle and the rules'
// verdict. At a limit (3 vehicles for the person, 3 drivers for the vehicle) the list to free a
// place from is right here: 解除 opens the unbinding dialog, and the plate is checked again after.
import LinkOffIcon from '@mui/icons-material/LinkOff'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useRef } from 'react'
import type { BindingCheck } from '../../../../shared/contract/workflows/binding-schemas'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { FindingList } from '../FindingList'
import { InfoGrid } from '../InfoGrid'
import type { BindFlow } from './useBindFlow'
import { useUnbindDialog, type UnbindTarget } from './useUnbindDialog'

const v = t.binding.vehicle
type Found = Extract<BindingCheck, { state: 'found' }>

export function VehicleStep({ flow }: { flow: BindFlow }) {
  const { check, found } = flow
  const plateInput = useRef<HTMLInputElement>(null)
  const unbind = useUnbindDialog(() => flow.afterUnbind(), plateInput)
  const plateError = check?.state === 'invalid' && check.field === 'plate' ? check.message : check?.state === 'not_found' ? check.message : null
  const typeError = check?.state === 'invalid' && check.field === 'plateType' ? check.message : null

  return (
    <Stack spacing={2}>
      <Typography>{v.intro}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          label={v.plateType}
          size="small"
          value={flow.plateType}
          onChange={(e) => flow.changePlateType(e.target.value)}
          error={typeError !== null}
          helperText={typeError ?? ' '}
          slotProps={{ select: { native: true } }}
          sx={{ width: 200 }}
        >
          {flow.overview.plateTypes.map((type) => (
            <option key={type.code} value={type.code}>
              {type.code} {type.name}
            </option>
          ))}
        </TextField>
        <TextField
          inputRef={plateInput}
          label={v.plate}
          size="small"
          autoFocus
          value={flow.plate}
          onChange={(e) => flow.changePlate(e.target.value)}
          // The field starts with the province (粤): the clerk types on after it.
          onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
          error={plateError !== null}
          helperText={plateError ?? (flow.checking ? v.checking : v.plateHelper)}
          slotProps={{ htmlInput: { maxLength: 10, autoComplete: 'off', spellCheck: false, style: { fontWeight: 700, letterSpacing: 2 } } }}
          sx={{ width: 340 }}
        />
      </Stack>
      <Box sx={{ height: 4 }}>{flow.checking && <LinearProgress aria-hidden="true" />}</Box>
      {found !== null && <Verdict found={found} onUnbind={unbind.open} />}
      {unbind.dialog}
    </Stack>
  )
}

function Verdict({ found, onUnbind }: { found: Found; onUnbind: (target: UnbindTarget) => void }) {
  const { vehicle, verdict, limits } = found
  const codes = new Set(verdict.denials.map((d) => d.code))
  return (
    <Stack component="section" aria-label={v.result} spacing={1.5}>
      <InfoGrid
        minColumn={150}
        items={[
          { label: v.plate, value: `${vehicle.plate}（${vehicle.plateType.name}）` },
          { label: v.model, value: vehicle.model },
          { label: v.use, value: vehicle.use.name },
          { label: v.status, value: vehicle.status.map((s) => s.name).join('、') },
          { label: v.owner, value: vehicle.ownerName },
          { label: v.consentPhone, value: vehicle.consentPhoneMasked ?? v.noPhone }
        ]}
      />
      <Divider />
      {verdict.allowed ? (
        <Alert severity="success">{v.allowed}</Alert>
      ) : (
        <Alert severity="error" role="alert">
          <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
            {v.refused}
          </Typography>
          <FindingList findings={verdict.denials} dense />
        </Alert>
      )}
      {verdict.warnings.length > 0 && (
        <Alert severity="warning">
          <FindingList findings={verdict.warnings} dense />
        </Alert>
      )}
      {verdict.allowed && verdict.consequences.length > 0 && <FindingList findings={verdict.consequences} dense />}
      {codes.has('USER_BIND_LIMIT') && (
        <LimitList
          title={v.personList}
          hint={v.personListHint(limits.perPerson)}
          rows={found.personBindings.map((b) => ({ id: b.id, cells: [b.plate, b.plateType.name, formatZoned(b.boundAt)], label: b.plate }))}
          head={[v.plate, v.plateType, t.binding.section.boundAt]}
          onUnbind={(row) => onUnbind({ bindingId: row.id, label: row.label, defaultReason: 'make_room' })}
        />
      )}
      {codes.has('VEHICLE_BIND_LIMIT') && (
        <LimitList
          title={v.driverList}
          hint={v.driverListHint(limits.perVehicle)}
          rows={found.vehicleDrivers.map((d) => ({ id: d.bindingId, cells: [d.nameMasked, d.idNumberMasked, formatZoned(d.boundAt)], label: `${d.nameMasked}（${vehicle.plate}）` }))}
          head={[v.driverName, v.idNumber, t.binding.section.boundAt]}
          onUnbind={(row) => onUnbind({ bindingId: row.id, label: row.label, defaultReason: 'owner_request' })}
        />
      )}
    </Stack>
  )
}

interface LimitRow {
  id: string
  cells: string[]
  label: string
}

function LimitList({ title, hint, head, rows, onUnbind }: { title: string; hint: string; head: string[]; rows: LimitRow[]; onUnbind: (row: LimitRow) => void }) {
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {hint}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            {head.map((h) => (
              <TableCell key={h}>{h}</TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {row.cells.map((cell, i) => (
                <TableCell key={i} sx={i === 0 ? { fontWeight: 700 } : undefined}>
                  {cell}
                </TableCell>
              ))}
              <TableCell align="right">
                <Button size="small" color="warning" startIcon={<LinkOffIcon />} onClick={() => onUnbind(row)} aria-label={v.unbindOne(row.label)}>
                  {t.binding.section.unbind}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}
