// A unit's registration details: 统一社会信用代码, name, address (checked as typed), and the scanned
// authorisation letter, read in the page and checked at once for size and type (PDF/JPEG/PNG by
// its first bytes, as main checks it again when saving).
import AttachFileIcon from '@mui/icons-material/AttachFile'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormHelperText from '@mui/material/FormHelperText'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useRef, useState } from 'react'
import { MAX_LETTER_BYTES, sniffLetterMime } from '../../../../shared/contract/workflows/registration'
import { t } from '../../i18n/zh-CN'
import type { LetterFile, UnitFields as Unit } from './useRegistrationFlow'
import { useLiveValidation } from './useLiveValidation'

const u = t.registration.unit

export const formatSize = (bytes: number): string => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

interface UnitFieldsProps {
  unit: Unit
  letter: LetterFile | null
  errors: Record<string, string>
  onUnit: (unit: Unit, changed: string) => void
  onLetter: (letter: LetterFile | null) => void
  onEnter: () => void
}

export function UnitFields({ unit, letter, errors, onUnit, onLetter, onEnter }: UnitFieldsProps) {
  const live = useLiveValidation({ creditCode: unit.creditCode, unitName: unit.name, unitAddress: unit.address })
  const input = useRef<HTMLInputElement>(null)
  const [letterError, setLetterError] = useState<string | null>(null)
  const error = (field: string): string | undefined => errors[field] ?? live.errors[field]
  const shownLetterError = letterError ?? errors.letter

  const choose = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return
    setLetterError(null)
    if (file.size > MAX_LETTER_BYTES) {
      onLetter(null)
      setLetterError(u.letterTooLarge)
      return
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (sniffLetterMime(bytes) === null) {
        onLetter(null)
        setLetterError(u.letterType)
        return
      }
      onLetter({ fileName: file.name, size: bytes.length, base64: toBase64(bytes) })
    } catch {
      onLetter(null)
      setLetterError(u.letterUnreadable)
    }
  }

  const text = (field: 'creditCode' | 'name' | 'address', key: string, label: string, extra: object = {}) => (
    <TextField
      label={label}
      size="small"
      value={unit[field]}
      onChange={(e) => onUnit({ ...unit, [field]: field === 'creditCode' ? e.target.value.toUpperCase() : e.target.value }, key)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          onEnter()
        }
      }}
      error={error(key) !== undefined}
      helperText={error(key) ?? ' '}
      fullWidth
      {...extra}
    />
  )

  return (
    <Stack spacing={1}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {u.heading}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
        {text('creditCode', 'creditCode', u.creditCode, { autoFocus: true, slotProps: { htmlInput: { maxLength: 18, spellCheck: false, autoComplete: 'off' } } })}
        {text('name', 'unitName', u.name)}
        <Box sx={{ gridColumn: '1 / -1' }}>{text('address', 'unitAddress', u.address)}</Box>
      </Box>
      <input
        ref={input}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        hidden
        aria-label={u.letter}
        onChange={(e) => {
          void choose(e.target.files?.[0])
          e.target.value = ''
        }}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()} aria-describedby="letter-help">
          {u.chooseLetter}
        </Button>
        <Box id="letter-help">
          <Typography variant="body2" sx={{ fontWeight: letter ? 500 : 400 }}>
            {letter ? u.letterChosen(letter.fileName, formatSize(letter.size)) : u.letterHint}
          </Typography>
          {shownLetterError !== undefined && shownLetterError !== null && (
            <FormHelperText error role="alert">
              {shownLetterError}
            </FormHelperText>
          )}
        </Box>
      </Stack>
    </Stack>
  )
}
