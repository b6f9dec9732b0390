// Manual entry of an identity document, field by field in the order printed on the card, each
// checked by main as typed (reasons beside the field). For a resident ID card the sex and birth
// date are read from the number; a military document (no chip, no check digit) takes them typed.
// Enter in any field asks main to accept the whole card (idcard:read, source manual).
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import MenuItem from '@mui/material/MenuItem'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useState, type KeyboardEvent } from 'react'
import type { IdCard, MilitaryDocument, TypedCard } from '../../../../shared/contract/workflows/registration'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { KeyHint } from '../KeyHint'
import { useLiveValidation } from './useLiveValidation'

const c = t.registration.card

const EMPTY: TypedCard = {
  idType: 'resident',
  militaryDocument: null,
  idNumber: '',
  name: '',
  gender: '',
  birthDate: '',
  address: '',
  validFrom: '',
  validUntil: '',
  longTerm: false,
  issuer: ''
}

/** 20200501 → 2020-05-01, so dates can be typed as eight digits. */
const asDate = (v: string): string => (/^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v)

interface ManualCardFormProps {
  /** Errors main named when the card was last refused or the registration was refused. */
  serverErrors: Record<string, string>
  onRead: (card: IdCard) => void
  onCancel: () => void
  /** Start with a military document (the person tab's 军人证件 choice). */
  initialType?: 'resident' | 'military'
  /** A card main refused: typed again from what it said. */
  initialCard?: IdCard | null
}

export function ManualCardForm({ serverErrors, onRead, onCancel, initialType = 'resident', initialCard = null }: ManualCardFormProps) {
  const { call } = useSession()
  const [typed, setTyped] = useState<TypedCard>(() =>
    initialCard !== null
      ? { ...initialCard, validUntil: initialCard.validUntil ?? '', longTerm: initialCard.validUntil === null }
      : { ...EMPTY, idType: initialType, militaryDocument: initialType === 'military' ? 'C' : null }
  )
  const [refused, setRefused] = useState<Record<string, string>>(serverErrors)
  const [busy, setBusy] = useState(false)
  const live = useLiveValidation({ card: typed })
  const resident = typed.idType === 'resident'

  const set = (p: Partial<TypedCard>): void => {
    setTyped((v) => ({ ...v, ...p }))
    setRefused((r) => {
      const next = { ...r }
      for (const k of Object.keys(p)) delete next[k]
      return next
    })
  }
  const error = (field: keyof TypedCard): string | undefined => refused[field] ?? live.errors[field]

  const confirm = async (): Promise<void> => {
    if (busy) return
    setBusy(true)
    const answer = await call('idcard:read', { source: 'manual', card: typed })
    setBusy(false)
    if (answer.ok) onRead(answer.value.card)
    else setRefused({ [answer.error.field ?? 'idNumber']: answer.error.message })
  }
  const onEnter = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    void confirm()
  }
  const field = (name: 'name' | 'idNumber' | 'address' | 'validFrom' | 'validUntil' | 'issuer' | 'birthDate', label: string, extra: object = {}) => (
    <TextField
      label={label}
      size="small"
      value={typed[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      onBlur={name === 'validFrom' || name === 'validUntil' || name === 'birthDate' ? () => set({ [name]: asDate(typed[name]) }) : undefined}
      onKeyDown={onEnter}
      error={error(name) !== undefined}
      helperText={error(name) ?? ' '}
      fullWidth
      {...extra}
    />
  )

  return (
    <Stack spacing={1} component="form" aria-label={c.manual} onSubmit={(e) => e.preventDefault()}>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <RadioGroup
          row
          aria-label={c.idTypeLabel}
          value={typed.idType}
          onChange={(e) => {
            const idType = e.target.value as TypedCard['idType']
            set({ idType, militaryDocument: idType === 'military' ? (typed.militaryDocument ?? 'C') : null, gender: '', birthDate: '' })
          }}
        >
          <FormControlLabel value="resident" control={<Radio size="small" />} label={c.idTypes.resident} />
          <FormControlLabel value="military" control={<Radio size="small" />} label={c.idTypes.military} />
        </RadioGroup>
        {!resident && (
          <TextField
            select
            size="small"
            label={c.militaryDocumentLabel}
            value={typed.militaryDocument ?? 'C'}
            onChange={(e) => set({ militaryDocument: e.target.value as MilitaryDocument })}
            sx={{ width: 180 }}
          >
            {(Object.keys(c.militaryDocuments) as MilitaryDocument[]).map((k) => (
              <MenuItem key={k} value={k}>
                {c.militaryDocuments[k]}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
        {field('name', c.fields.name, { autoFocus: true })}
        {field('idNumber', resident ? c.fields.idNumber : c.fields.militaryNumber, { slotProps: { htmlInput: { autoComplete: 'off', spellCheck: false } } })}
        {resident ? (
          <TextField label={c.fields.gender} size="small" value={live.derived ? t.common.gender[live.derived.gender] : ''} helperText={c.fromNumber} disabled fullWidth />
        ) : (
          <TextField
            select
            label={c.fields.gender}
            size="small"
            value={typed.gender}
            onChange={(e) => set({ gender: e.target.value as TypedCard['gender'] })}
            error={error('gender') !== undefined}
            helperText={error('gender') ?? ' '}
            fullWidth
          >
            <MenuItem value="M">{t.common.gender.M}</MenuItem>
            <MenuItem value="F">{t.common.gender.F}</MenuItem>
          </TextField>
        )}
        {resident ? (
          <TextField label={c.fields.birthDate} size="small" value={live.derived?.birthDate ?? ''} helperText={c.fromNumber} disabled fullWidth />
        ) : (
          field('birthDate', c.fields.birthDate, { placeholder: c.datePlaceholder })
        )}
        <Box sx={{ gridColumn: '1 / -1' }}>{field('address', c.fields.address)}</Box>
        {field('validFrom', c.fields.validFrom, { placeholder: c.datePlaceholder })}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          {field('validUntil', c.fields.validUntil, { placeholder: c.datePlaceholder, disabled: typed.longTerm })}
          <FormControlLabel
            control={<Checkbox size="small" checked={typed.longTerm} onChange={(e) => set({ longTerm: e.target.checked, validUntil: '' })} onKeyDown={onEnter} />}
            label={c.fields.longTerm}
            sx={{ whiteSpace: 'nowrap', mt: 0.25 }}
          />
        </Stack>
        <Box sx={{ gridColumn: '1 / -1' }}>{field('issuer', c.fields.issuer)}</Box>
      </Box>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onCancel} disabled={busy}>
          {c.cancelManual}
        </Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={busy} aria-keyshortcuts="Enter">
          {c.confirmManual}
          <KeyHint keys="Enter" />
        </Button>
      </Stack>
    </Stack>
  )
}
