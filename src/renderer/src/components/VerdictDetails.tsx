// What a verdict rests on: every reason, warning and consequence with its Chinese message and,
// in small grey text, the rule's source, so the clerk can answer "why?" and "says who?".
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Finding, Verdict } from '../../../shared/contract'
import { verdictColor, verdictState } from '../format/verdict'
import { t } from '../i18n/zh-CN'
import { FindingList } from './FindingList'

const w = t.person.violations.verdicts

function Section({ title, findings }: { title: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null
  return (
    <Box>
      <Typography variant="caption" component="h4" sx={{ m: 0, fontWeight: 700, color: 'text.secondary' }}>
        {title}
      </Typography>
      <FindingList findings={findings} />
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
