// 附件: the citizen's scans and photos for an objection. Files are read here as base64 and checked
// at once with the same test main uses (the file's first bytes: PDF, JPEG or PNG; the size limit),
// so a wrong file is named beside the field before anything is sent; main checks them again.
import AttachFileIcon from '@mui/icons-material/AttachFile'
import CloseIcon from '@mui/icons-material/Close'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useRef, useState, type ChangeEvent } from 'react'
import { MAX_ATTACHMENTS_PER_REQUEST, MAX_ATTACHMENT_BYTES } from '../../../../shared/contract/workflows/disputes-schemas'
import { sniffLetterMime } from '../../../../shared/contract/workflows/letter-types'
import { t } from '../../i18n/zh-CN'

const a = t.disputes.attachments
const MB = MAX_ATTACHMENT_BYTES / 1048576

export interface PickedFile {
  fileName: string
  base64: string
  size: number
  mime: string
}

async function read(file: File): Promise<{ bytes: Uint8Array; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return { bytes, base64: btoa(binary) }
}

const sizeText = (n: number): string => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`)

interface AttachmentPickerProps {
  files: readonly PickedFile[]
  onChange: (files: PickedFile[]) => void
  /** A refusal from main about the files (field 'attachments'). */
  error?: string | null
  disabled?: boolean
}

export function AttachmentPicker({ files, onChange, error = null, disabled = false }: AttachmentPickerProps) {
  const input = useRef<HTMLInputElement>(null)
  const [problems, setProblems] = useState<string[]>([])

  const add = async (list: FileList | null): Promise<void> => {
    if (list === null) return
    const found: string[] = []
    const next = [...files]
    for (const file of Array.from(list)) {
      if (next.length >= MAX_ATTACHMENTS_PER_REQUEST) {
        found.push(a.tooMany(MAX_ATTACHMENTS_PER_REQUEST))
        break
      }
      if (file.size > MAX_ATTACHMENT_BYTES) {
        found.push(a.tooLarge(file.name, MB))
        continue
      }
      const { bytes, base64 } = await read(file)
      const mime = sniffLetterMime(bytes)
      if (mime === null) {
        found.push(a.wrongType(file.name))
        continue
      }
      if (!next.some((f) => f.base64 === base64)) next.push({ fileName: file.name, base64, size: bytes.length, mime })
    }
    setProblems(found)
    onChange(next)
    if (input.current !== null) input.current.value = ''
  }

  const shown = [...problems, ...(error === null ? [] : [error])]
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" size="small" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()} disabled={disabled || files.length >= MAX_ATTACHMENTS_PER_REQUEST} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {a.add}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {a.help(MB, MAX_ATTACHMENTS_PER_REQUEST)}
        </Typography>
        <Box
          component="input"
          ref={input}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-label={a.input}
          tabIndex={-1}
          onChange={(e: ChangeEvent<HTMLInputElement>) => void add(e.target.files)}
          sx={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
        />
      </Stack>
      {files.length > 0 && (
        <Stack component="ul" aria-label={a.title} direction="row" sx={{ flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none' }}>
          {files.map((f) => (
            <li key={f.base64.slice(0, 64) + f.fileName}>
              <Chip
                label={`${f.fileName} · ${sizeText(f.size)}`}
                onDelete={disabled ? undefined : () => onChange(files.filter((x) => x !== f))}
                deleteIcon={<CloseIcon aria-label={a.remove(f.fileName)} />}
                variant="outlined"
              />
            </li>
          ))}
        </Stack>
      )}
      {shown.length > 0 && (
        <Alert severity="error" role="alert" sx={{ py: 0 }}>
          {shown.join('；')}
        </Alert>
      )}
    </Stack>
  )
}
