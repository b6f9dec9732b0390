// What a verdict rests on: every reason, warning and consequence with its Chinese message and,
// in small grey text, the rule's source, so the clerk can answer "why?" and "says who?".
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Finding, Verdict } from '../../../shared/contract'
import { ruleSources, verdictColor, verdictState } from '../format/verdict'
import { t } from '../i18n/zh-CN'

const w = t.person.violations.verdicts

function FindingItem({ finding }: { finding: Finding }) {
  const sources = ruleSources(finding.source, w.sourceWords).join(w.basisSeparator)
  return (
    <Box component="li" sx={{ py: 0.25 }}>
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

function Section({ title, findings }: { title: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null
  return (
    <Box>
      <Typography variant="caption" component="h4" sx={{ m: 0, fontWeight: 700, color: 'text.secondary' }}>
        {title}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {findings.map((f, i) => (
          <FindingItem key={`${f.code}-${i}`} finding={f} />
        ))}
      </Box>
    </Box>
  )
}

interface VerdictDetailsProps {
  id: string
  question: string
  recordNo: string
  verdict: Verdict
}

export function VerdictDetails({ id, question, recordNo, verdict }: VerdictDetailsProps) {
  const state = verdictState(verdict)
  const color = verdictColor(verdict)
  const refused = state === 'denied'
  const nothing = verdict.available && verdict.denials.length + verdict.warnings.length + verdict.consequences.length === 0
  return (
    <Box
      id={id}
      role="region"
      aria-label={w.detailsLabel(question, recordNo)}
      sx={(theme) => ({
        borderLeft: 3,
        borderColor: color === 'default' ? theme.palette.divider : theme.palette[color].main,
        pl: 1.5,
        py: 0.5
      })}
    >
      <Typography variant="body2" component="h3" sx={{ m: 0, mb: 0.5, fontWeight: 700 }}>
        {w.chipLabel(question, w.states[state])}
      </Typography>
      <Stack spacing={0.75}>
        {verdict.unavailableReason !== null && (
          <Section
            title={w.unavailable}
            findings={[{ code: verdict.unavailableReason.code, message: verdict.unavailableReason.message, source: '' }]}
          />
        )}
        <Section title={w.denials} findings={verdict.denials} />
        <Section title={refused ? w.warningsIfRefused : w.warnings} findings={verdict.warnings} />
        <Section title={refused ? w.consequencesIfRefused : w.consequences} findings={verdict.consequences} />
        {nothing && <Typography variant="body2">{w.noFindings}</Typography>}
      </Stack>
    </Box>
  )
}
