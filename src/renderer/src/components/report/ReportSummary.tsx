// The period at a glance, above the tables: decisions (window and 12123), fines and late fees
// collected, registrations, phone changes, bindings, and disputes filed and concluded.
import Box from '@mui/material/Box'
import type { DailyReport } from '../../../../shared/contract/workflows/report-schemas'
import { formatFen } from '../../format/money'
import { t } from '../../i18n/zh-CN'
import { InfoGrid } from '../InfoGrid'

const r = t.report
const big = { fontSize: '1.25rem', fontWeight: 700 } as const

export function ReportSummary({ report }: { report: DailyReport }) {
  const { totals } = report
  const concluded = totals.disputesUpheld + totals.disputesVoided + totals.disputesPlateCorrected + totals.disputesTransferred + totals.disputesRejected
  return (
    <Box sx={{ px: 2, py: 1.5, borderRadius: 1, bgcolor: 'grey.50', border: 1, borderColor: 'divider' }}>
      <InfoGrid
        minColumn={170}
        items={[
          {
            label: r.summary.decisions,
            value: (
              <>
                <Box component="span" sx={big}>
                  {totals.decisions}
                </Box>
                <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, ml: 1 }}>
                  {r.summary.decisionsSplit(report.decisionsByChannel.window, report.decisionsByChannel.app)}
                </Box>
              </>
            )
          },
          { label: r.summary.fines, value: <Box component="span" sx={big}>{formatFen(totals.fineFen)}</Box> },
          { label: r.summary.lateFees, value: <Box component="span" sx={big}>{formatFen(totals.lateFeeFen)}</Box> },
          { label: r.measures.registrations, value: <Box component="span" sx={big}>{totals.registrations}</Box> },
          { label: r.measures.phoneChanges, value: <Box component="span" sx={big}>{totals.phoneChanges}</Box> },
          { label: `${r.measures.bindings} / ${r.measures.unbindings}`, value: <Box component="span" sx={big}>{`${totals.bindings} / ${totals.unbindings}`}</Box> },
          { label: r.summary.disputes, value: <Box component="span" sx={big}>{`${totals.disputesFiled} / ${concluded}`}</Box> }
        ]}
      />
    </Box>
  )
}
