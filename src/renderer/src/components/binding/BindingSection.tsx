// 备案车辆 on the person view: the non-owned vehicles this person has bound (in force or awaiting
// review, with 待中心确认 while central has not confirmed), 解除备案 per row, and 新增备案 (F7),
// which opens the binding dialog. Read through `binding:list`, again whenever the record reloads.
import AddLinkIcon from '@mui/icons-material/AddLink'
import LinkOffIcon from '@mui/icons-material/LinkOff'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useRef, useState } from 'react'
import type { BindingItem, BindingOverview } from '../../../../shared/contract/workflows/binding-schemas'
import { formatZoned } from '../../format/time'
import { useChannelList } from '../../hooks/useChannelList'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { SectionTitle } from '../SectionTitle'
import { BindDialog } from './BindDialog'
import { useUnbindDialog } from './useUnbindDialog'

const s = t.binding.section
const OPEN_KEYS = [{ key: 'F7' }] as const
const TITLE_ID = 'binding-title'

interface BindingSectionProps {
  personId: string
  /** Changes whenever the person's record was read again: the list is read again too. */
  revision: unknown
  /** A binding was saved or ended: read the record again. */
  onChanged: () => void
  /** Off while the lock screen or another dialog is up. */
  keysEnabled: boolean
}

export function BindingSection({ personId, revision, onChanged, keysEnabled }: BindingSectionProps) {
  const { value: overview, error, reload } = useChannelList('binding:list', { personId }, revision)
  const [dialog, setDialog] = useState<{ open: boolean; seq: number } | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  const canAdd = overview !== null && overview.person.hasLicense
  const openDialog = (): void => {
    if (canAdd) setDialog((current) => ({ open: true, seq: (current?.seq ?? 0) + 1 }))
  }
  useHotkey(OPEN_KEYS, openDialog, keysEnabled && dialog?.open !== true)
  const unbind = useUnbindDialog(() => {
    reload()
    onChanged()
  }, addButton)

  return (
    <Paper component="section" aria-labelledby={TITLE_ID} sx={{ p: 2.5 }}>
      <SectionTitle
        id={TITLE_ID}
        title={s.title}
        icon={<AddLinkIcon color="primary" aria-hidden="true" />}
        aside={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {overview !== null && <Chip label={s.count(overview.bindings.length, overview.limits.perPerson)} variant="outlined" aria-hidden="true" />}
            <Button ref={addButton} variant="contained" size="small" startIcon={<AddLinkIcon />} onClick={openDialog} disabled={!canAdd} aria-keyshortcuts="F7">
              {s.add}
              <KeyHint keys={s.addShortcut} />
            </Button>
          </Stack>
        }
      />
      {error !== null && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      {overview === null && error === null && <Typography color="text.secondary">{s.loading}</Typography>}
      {overview !== null && (
        <Stack spacing={1.5}>
          <Notices overview={overview} />
          {overview.bindings.length === 0 ? (
            <Typography color="text.secondary">{s.empty}</Typography>
          ) : (
            <BindingsTable items={overview.bindings} onUnbind={(item) => unbind.open({ bindingId: item.id, label: item.plate })} />
          )}
        </Stack>
      )}
      {unbind.dialog}
      {dialog !== null && overview !== null && (
        <BindDialog
          key={dialog.seq}
          open={dialog.open}
          overview={overview}
          onClose={() => setDialog((current) => current && { ...current, open: false })}
          onExited={() => addButton.current?.focus()}
          onChanged={() => {
            reload()
            onChanged()
          }}
        />
      )}
    </Paper>
  )
}

function Notices({ overview }: { overview: BindingOverview }) {
  const lines: { severity: 'info' | 'warning'; text: string }[] = []
  if (!overview.person.hasLicense) lines.push({ severity: 'warning', text: s.noLicense })
  if (overview.person.otherIdDocument) lines.push({ severity: 'info', text: s.otherIdDocument(overview.person.idTypeName) })
  if (overview.limits.windowReview) lines.push({ severity: 'info', text: s.reviewNotice(overview.limits.profileName) })
  if (lines.length === 0) return null
  return (
    <Stack spacing={1}>
      {lines.map((line) => (
        <Alert key={line.text} severity={line.severity} sx={{ py: 0 }}>
          {line.text}
        </Alert>
      ))}
    </Stack>
  )
}

function BindingsTable({ items, onUnbind }: { items: readonly BindingItem[]; onUnbind: (item: BindingItem) => void }) {
  return (
    <TableContainer>
      <Table size="small" aria-labelledby={TITLE_ID}>
        <TableHead>
          <TableRow>
            <TableCell>{s.plate}</TableCell>
            <TableCell>{s.model}</TableCell>
            <TableCell>{s.status}</TableCell>
            <TableCell>{s.consent}</TableCell>
            <TableCell>{s.boundAt}</TableCell>
            <TableCell align="right">{s.actions}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>
                <Typography component="span" sx={{ fontWeight: 700, mr: 1 }}>
                  {item.plate}
                </Typography>
                <Typography component="span" variant="caption" color="text.secondary">
                  {item.plateType.name}
                </Typography>
              </TableCell>
              <TableCell>{item.model}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5}>
                  <Chip size="small" label={s.statuses[item.status]} color={item.status === 'active' ? 'success' : 'warning'} variant="outlined" />
                  {item.awaitingCentral && <Chip size="small" label={s.awaitingCentral} color="info" variant="outlined" />}
                </Stack>
              </TableCell>
              <TableCell>
                {t.binding.consents[item.consent]}
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
                  {t.binding.channels[item.channel]}
                </Typography>
              </TableCell>
              <TableCell>{formatZoned(item.boundAt)}</TableCell>
              <TableCell align="right">
                <Button size="small" color="warning" startIcon={<LinkOffIcon />} onClick={() => onUnbind(item)} aria-label={s.unbindLabel(item.plate)}>
                  {s.unbind}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
