// A slip the citizen takes away (registration, phone change, binding, payment receipt, cash-up):
// the issuing organ, the title and number, the facts as label/value rows, notes (what is still
// pending, what the citizen must do), who handled it, when and where, and signature lines. Shown
// on screen as a paper sheet; 打印 (Ctrl+P) prints the sheet alone through the browser's (or
// Electron's) print dialog, with print CSS that hides everything else. Fonts are the bundled ones,
// so the slip looks the same on a machine without Chinese fonts.
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import GlobalStyles from '@mui/material/GlobalStyles'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import PrintIcon from '@mui/icons-material/Print'
import { useRef, useState } from 'react'
import type { SlipKind } from '../../../../shared/contract/workflows/printing-schemas'
import { formatZoned } from '../../format/time'
import { useHotkey } from '../../hooks/useHotkey'
import { useSession } from '../../session/session-context'
import { KeyHint } from '../KeyHint'
import { SlipPdfDialog } from '../printing/SlipPdfDialog'
import { t } from '../../i18n/zh-CN'

export interface SlipRow {
  label: string
  value: string
}

export interface PrintSlipProps {
  /** e.g. 互联网账户面签注册回执. */
  title: string
  /** The business's number (流水号, 决定书编号, 回执号); shown top right. */
  number?: string
  rows: readonly SlipRow[]
  /** Lines under the facts: pending central confirmation, what to do next. */
  notes?: readonly string[]
  /** The moment of the business (zoned ISO); default: now. */
  at?: string
  /** Signature lines at the bottom; default 办理人 (the citizen). */
  signatures?: readonly string[]
  /** Ctrl+P prints while true (off when another dialog is over this one). */
  keysEnabled?: boolean
  /** What the slip is, for the audit of its PDF (print:slip); the title says it otherwise. */
  kind?: SlipKind
}

const PRINT_KEYS = [{ key: 'p', ctrl: true }] as const

/** Only the slip on paper: everything else is hidden while printing. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A5 portrait', margin: '12mm' },
        'body *': { visibility: 'hidden' },
        '.cd-print-slip, .cd-print-slip *': { visibility: 'visible' },
        '.cd-print-slip': { position: 'fixed', inset: 0, margin: 0, border: 'none', boxShadow: 'none', padding: 0 },
        '.cd-no-print': { display: 'none' }
      }
    }}
  />
)

export function PrintSlip({ title, number, rows, notes = [], at, signatures = ['办理人'], keysEnabled = true, kind = 'counter_slip' }: PrintSlipProps) {
  const [pdfOpen, setPdfOpen] = useState(false)
  const { info, session } = useSession()
  const sheet = useRef<HTMLDivElement>(null)
  const print = (): void => window.print()
  useHotkey(PRINT_KEYS, print, keysEnabled && !pdfOpen)
  const moment = at ?? new Date().toISOString()
  const operator = session.operator

  return (
    <Stack spacing={1.5}>
      {printStyles}
      <Box
        ref={sheet}
        className="cd-print-slip"
        role="document"
        aria-label={title}
        sx={{ bgcolor: '#fff', color: '#000', border: '1px solid', borderColor: 'divider', boxShadow: 1, px: 4, py: 3, maxWidth: 640, mx: 'auto', width: '100%' }}
      >
        <Typography sx={{ textAlign: 'center', fontSize: 14, letterSpacing: 2 }}>{info?.organName ?? ''}</Typography>
        <Typography component="h2" sx={{ textAlign: 'center', fontSize: 20, fontWeight: 700, mt: 0.5, letterSpacing: 1 }}>
          {title}
        </Typography>
        {number !== undefined && (
          <Typography sx={{ textAlign: 'right', fontSize: 13, mt: 1 }}>
            编号：<Box component="span" sx={{ fontFamily: 'monospace', fontSize: 14 }}>{number}</Box>
          </Typography>
        )}
        <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mt: 1.5, fontSize: 14, '& td': { border: '1px solid #000', px: 1, py: 0.75, verticalAlign: 'top', wordBreak: 'break-all' } }}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <Box component="td" sx={{ width: '28%', whiteSpace: 'nowrap', bgcolor: '#f5f5f5' }}>
                  {row.label}
                </Box>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </Box>
        {notes.length > 0 && (
          <Box component="ol" sx={{ pl: 2.5, my: 1.5, fontSize: 13 }}>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </Box>
        )}
        <Stack direction="row" sx={{ justifyContent: 'space-between', mt: 2, fontSize: 13, flexWrap: 'wrap', rowGap: 1 }}>
          <Typography sx={{ fontSize: 13 }}>
            经办民警：{operator.name}（警号 {operator.policeNo}）
          </Typography>
          <Typography sx={{ fontSize: 13 }}>办理地点：{info?.workstationName ?? ''}</Typography>
          <Typography sx={{ fontSize: 13 }}>办理时间：{formatZoned(moment)}</Typography>
        </Stack>
        <Stack direction="row" spacing={4} sx={{ mt: 3, fontSize: 13 }}>
          {signatures.map((who) => (
            <Typography key={who} sx={{ fontSize: 13 }}>
              {who}签名：<Box component="span" sx={{ display: 'inline-block', width: 120, borderBottom: '1px solid #000' }} />
            </Typography>
          ))}
        </Stack>
      </Box>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }} className="cd-no-print">
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={print} aria-keyshortcuts="Control+P">
          打印
          <KeyHint keys="Ctrl+P" />
        </Button>
        {/* The same slip as the PDF main renders with Chromium from the slip template (print:slip). */}
        <Button variant="text" onClick={() => setPdfOpen(true)}>
          {t.printing.slip.pdf}
        </Button>
      </Stack>
      {pdfOpen && (
        <SlipPdfDialog
          open={pdfOpen}
          slip={{ kind, title, rows: [...rows], notes: [...notes], signatures: [...signatures], ...(number === undefined ? {} : { number }), ...(at === undefined ? {} : { at }) }}
          onClose={() => setPdfOpen(false)}
        />
      )}
    </Stack>
  )
}
