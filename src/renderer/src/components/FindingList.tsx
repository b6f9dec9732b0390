// Rules findings as the clerk reads them: the Chinese message, and below it in small grey text the
// rule's source and the reason code, so "why?" and "says who?" are answered in place.
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import type { Finding } from '../../../shared/contract'
import { ruleSources } from '../format/verdict'
import { t } from '../i18n/zh-CN'

const w = t.person.violations.verdicts

function FindingItem({ finding, bullet }: { finding: Finding; bullet: boolean }) {
  const sources = ruleSources(finding.source, w.sourceWords).join(w.basisSeparator)
  return (
    <Box component="li" sx={{ py: 0.25, listStyle: bullet ? undefined : 'none' }}>
      <Typography variant="body2" component="div">
        {finding.confirm === true && (
          <Chip label={w.mustConfirm} color="warning" size="small" sx={{ mr: 1, height: 20, fontSize: '0.75rem' }} />
        )}
        {finding.message}
      </Typography>
      <Typography variant="caption" component="div" color="text.secondary" sx={{ fontSize: '0.75rem' }}>
        {sources !== '' && `${w.basis}${sources}`}
        <Box component="span" sx={{ ml: sources === '' ? 0 : 1, fontFamily: 'monospace', opacity: 0.75 }}>
          {finding.code}
        </Box>
      </Typography>
    </Box>
  )
}

/** `dense`: no bullets or indent, for a finding that already sits in a box of its own. */
export function FindingList({ findings, dense = false }: { findings: readonly Finding[]; dense?: boolean }) {
  return (
    <Box component="ul" sx={{ m: 0, pl: dense ? 0 : 2.5 }}>
      {findings.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} finding={f} bullet={!dense} />
      ))}
    </Box>
  )
}
