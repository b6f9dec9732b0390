// Channels of printed documents: the penalty decision and the slips rendered to PDF by Chromium, the archive, reprints (补打) and batch printing.
import { channel, type ChannelSpec } from '../channel-spec'
import { emptyInput } from '../schemas'
import {
  batchInput,
  batchSchema,
  choosePrinterInput,
  decisionRefInput,
  printedDecisionSchema,
  printersSchema,
  printStatusSchema,
  sendInput,
  sendSchema,
  slipInput,
  slipPdfSchema,
  verifyInput,
  verifySchema
} from './printing-schemas'

const desk = { access: 'session', roles: ['clerk', 'supervisor'] } as const

export const printingChannels = {
  /** Whether a decision can be printed now, and its print history (first issue, reprints). */
  'print:status': channel({ ...desk, input: decisionRefInput, output: printStatusSchema }),
  /** Issues a decision: its PDF, archived with its SHA-256; refused for a provisional number or one already issued. */
  'print:decision': channel({ ...desk, input: decisionRefInput, output: printedDecisionSchema }),
  /** Reprints (补打) an issued decision: the same content and digest, marked with the count. */
  'print:reprint': channel({ ...desk, input: decisionRefInput, output: printedDecisionSchema }),
  /** The day's decisions of this window in one PDF, a page per decision. */
  'print:batch': channel({ ...desk, input: batchInput, output: batchSchema }),
  /** Checks a printed decision's number and QR digest against the archive and the records. */
  'print:verify': channel({ ...desk, input: verifyInput, output: verifySchema }),
  /** Sends issued documents, as last printed, to this window's printer (desktop app only). */
  'print:send': channel({ ...desk, input: sendInput, output: sendSchema }),
  /** The printers this window reaches (desktop app only) and the one chosen. */
  'print:printers': channel({ ...desk, input: emptyInput, output: printersSchema }),
  /** Chooses the window's printer (null: the system's default). */
  'print:choosePrinter': channel({ ...desk, input: choosePrinterInput, output: printersSchema }),
  /** A counter slip (registration, phone change, receipt…) as a PDF from the same template mechanism. */
  'print:slip': channel({ ...desk, input: slipInput, output: slipPdfSchema })
} as const satisfies Record<string, ChannelSpec>
