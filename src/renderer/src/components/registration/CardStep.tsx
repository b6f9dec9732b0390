// Step 1, 读取证件: the reader (F8; the simulated one can also make up a new identity), or manual
// entry (a card the reader cannot read, military documents). For a unit, the unit's details and
// letter come first and the document read is the manager's.
import CreditCardIcon from '@mui/icons-material/CreditCard'
import KeyboardIcon from '@mui/icons-material/Keyboard'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, useState } from 'react'
import type { AppError, ChannelOutput } from '../../../../shared/contract'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { KeyHint } from '../KeyHint'
import { CardView } from './CardView'
import { ManualCardForm } from './ManualCardForm'
import { UnitFields } from './UnitFields'
import type { RegistrationFlow } from './useRegistrationFlow'

const c = t.registration.card
const u = t.registration.unit
const READ_KEYS = [{ key: 'F8' }] as const

const CARD_FIELDS = ['name', 'idNumber', 'gender', 'birthDate', 'address', 'validFrom', 'validUntil', 'issuer', 'militaryDocument']

export function CardStep({ flow, keysEnabled }: { flow: RegistrationFlow; keysEnabled: boolean }) {
  const { call } = useSession()
  const { state, setField } = flow
  const [reader, setReader] = useState<ChannelOutput<'idcard:status'> | null>(null)
  const [manual, setManual] = useState<'resident' | 'military' | null>(null)
  const [source, setSource] = useState<'reader' | 'manual' | undefined>(undefined)
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [unitMissing, setUnitMissing] = useState<Record<string, string>>({})
  const next = useRef<HTMLButtonElement>(null)
  const cardErrors = Object.fromEntries(Object.entries(state.fieldErrors).filter(([k]) => CARD_FIELDS.includes(k)))

  useEffect(() => {
    void call('idcard:status', {}).then((answer) => {
      if (answer.ok) setReader(answer.value)
    })
  }, [call])
  // Main refused a field of the document: it opens for typing, filled in, the reason beside the field.
  const refusedCard = Object.keys(cardErrors).length > 0
  const manualType = manual ?? (refusedCard ? (state.card?.idType ?? 'resident') : null)
  useEffect(() => {
    if (state.card !== null && manualType === null) next.current?.focus()
  }, [state.card, manualType])

  const read = async (newIdentity: boolean): Promise<void> => {
    // Main knows the reader: without one it answers READER_ABSENT, shown below.
    if (reading) return
    setReading(true)
    setError(null)
    const answer = await call('idcard:read', { source: 'reader', newIdentity })
    setReading(false)
    if (!answer.ok) return setError(answer.error)
    setSource('reader')
    setManual(null)
    setField({ card: answer.value.card, check: null }, CARD_FIELDS)
  }
  useHotkey(READ_KEYS, () => void read(false), keysEnabled && manualType === null)

  const goOn = (): void => {
    if (state.card === null) return
    if (state.kind === 'unit') {
      const missing: Record<string, string> = {}
      if (state.unit.creditCode.trim() === '') missing.creditCode = `请输入${u.creditCode}`
      if (state.unit.name.trim() === '') missing.unitName = `请输入${u.name}`
      if (state.unit.address.trim() === '') missing.unitAddress = `请输入${u.address}`
      if (state.letter === null) missing.letter = u.letterMissing
      setUnitMissing(missing)
      if (Object.keys(missing).length > 0) return
    }
    flow.goTo(1)
  }

  const simulated = reader?.reader === 'simulated'
  return (
    <Stack spacing={2}>
      {state.kind === 'unit' && (
        <>
          <UnitFields
            unit={state.unit}
            letter={state.letter}
            errors={{ ...unitMissing, ...state.fieldErrors }}
            onUnit={(unit, changed) => {
              setUnitMissing(({ [changed]: _cleared, ...rest }) => rest)
              setField({ unit, check: null }, [changed])
            }}
            onLetter={(letter) => {
              setUnitMissing(({ letter: _dropped, ...rest }) => rest)
              setField({ letter }, ['letter'])
            }}
            onEnter={goOn}
          />
          <Divider />
          <Typography variant="body2" color="text.secondary">
            {u.managerNote}
          </Typography>
        </>
      )}
      {manualType !== null ? (
        <ManualCardForm
          key={manualType}
          initialType={manualType}
          initialCard={refusedCard ? state.card : null}
          serverErrors={cardErrors}
          onRead={(card) => {
            setSource('manual')
            setManual(null)
            setField({ card, check: null }, CARD_FIELDS)
          }}
          onCancel={() => {
            setManual(null)
            setField({}, CARD_FIELDS)
          }}
        />
      ) : (
        <>
          {state.card === null ? (
            <Box sx={{ border: '1px dashed', borderColor: 'divider', borderRadius: 1, p: 3, textAlign: 'center' }}>
              <CreditCardIcon color="disabled" sx={{ fontSize: 40 }} aria-hidden="true" />
              <Typography sx={{ mt: 1 }}>{reader?.reader === 'none' ? c.noReader : c.placeholder}</Typography>
              {reader !== null && (
                <Typography variant="caption" color="text.secondary">
                  {c.readerName(reader.readerName)}
                </Typography>
              )}
            </Box>
          ) : (
            <CardView card={state.card} heading={state.kind === 'unit' ? c.managerHeading : c.heading} source={source} />
          )}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button
              variant={state.card === null ? 'contained' : 'outlined'}
              startIcon={<CreditCardIcon />}
              onClick={() => void read(false)}
              disabled={reader?.reader === 'none' || reading}
              aria-keyshortcuts="F8"
              autoFocus={state.card === null && state.kind === 'person'}
            >
              {reading ? c.reading : state.card === null ? c.read : c.reread}
              <KeyHint keys={c.readShortcut} />
            </Button>
            {simulated && (
              <Button variant="outlined" onClick={() => void read(true)} disabled={reading}>
                {c.newIdentity}
              </Button>
            )}
            <Button variant="outlined" startIcon={<KeyboardIcon />} onClick={() => setManual('resident')}>
              {c.manual}
            </Button>
            <Button variant="outlined" onClick={() => setManual('military')}>
              {c.idTypes.military}
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button ref={next} variant="contained" onClick={goOn} disabled={state.card === null} aria-keyshortcuts="Enter">
              {t.registration.next}
              <KeyHint keys="Enter" />
            </Button>
          </Stack>
          {state.card === null && (
            <Typography variant="caption" color="text.secondary">
              {c.manualHint}
            </Typography>
          )}
        </>
      )}
      {error !== null && (
        <Alert role="alert" severity="error">
          {error.message}
        </Alert>
      )}
    </Stack>
  )
}
