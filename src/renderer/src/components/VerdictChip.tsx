// One rules verdict as a compact chip: 可办理 / 需确认 / 不可办理 / 无法判断. Hovering shows the
// reasons in a tooltip; a click, Enter or Space opens the full list with sources below the row.
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined'
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined'
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined'
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Tooltip from '@mui/material/Tooltip'
import type { ReactElement } from 'react'
import type { Verdict } from '../../../shared/contract'
import { verdictColor, verdictState, type VerdictState } from '../format/verdict'
import { t } from '../i18n/zh-CN'

const w = t.person.violations.verdicts
const SUMMARY_ITEMS = 3

const ICONS: Record<VerdictState, ReactElement> = {
  allowed: <CheckCircleOutlineIcon />,
  confirm: <ReportProblemOutlinedIcon />,
  denied: <BlockOutlinedIcon />,
  unavailable: <HelpOutlineIcon />
}

/** The tooltip: the few lines that answer "why?" at a glance. */
function summary(verdict: Verdict, state: VerdictState): string[] {
  const list = (messages: string[]): string[] =>
    messages.length > SUMMARY_ITEMS ? [...messages.slice(0, SUMMARY_ITEMS), w.moreCount(messages.length - SUMMARY_ITEMS)] : messages
  switch (state) {
    case 'unavailable':
      return [verdict.unavailableReason?.message ?? w.states.unavailable]
    case 'denied':
      return list(verdict.denials.map((d) => d.message))
    case 'confirm':
      return list(verdict.warnings.filter((x) => x.confirm === true).map((x) => `${w.mustConfirm}：${x.message}`))
    case 'allowed':
      return [verdict.warnings.length > 0 ? w.allowedWithNotes(verdict.warnings.length) : w.states.allowed]
  }
}

interface VerdictChipProps {
  question: string
  verdict: Verdict
  expanded: boolean
  /** Id of the details region the chip opens. */
  controls: string
  onToggle: () => void
}

export function VerdictChip({ question, verdict, expanded, controls, onToggle }: VerdictChipProps) {
  const state = verdictState(verdict)
  const title = (
    <Box component="ul" sx={{ m: 0, pl: 2, maxWidth: 420 }}>
      {summary(verdict, state).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
      <Box component="li" sx={{ listStyle: 'none', ml: -2, mt: 0.5, opacity: 0.8 }}>
        {w.openHint}
      </Box>
    </Box>
  )
  return (
    // describeChild: the tooltip describes the chip; the chip's own label stays its name.
    <Tooltip title={title} describeChild disableFocusListener enterDelay={300} placement="top-start">
      <Chip
        icon={ICONS[state]}
        label={w.states[state]}
        color={verdictColor(verdict)}
        variant={expanded ? 'filled' : 'outlined'}
        onClick={onToggle}
        aria-label={w.chipLabel(question, w.states[state])}
        aria-expanded={expanded}
        aria-controls={expanded ? controls : undefined}
        sx={{ fontWeight: 500, minWidth: 92, justifyContent: 'flex-start' }}
      />
    </Tooltip>
  )
}
