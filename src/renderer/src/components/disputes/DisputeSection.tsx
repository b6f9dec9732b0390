// 交通违法异议 on the person view: the person's objections with where each stands (待审核, 退回补正,
// the outcome), 查看 per row (the detail with evidence and the proposal form), and 受理异议 (Alt+Y),
// which opens the filing dialog with the person's unprocessed records. Read through dispute:list,
// again whenever the record reloads.
import GavelIcon from '@mui/icons-material/Gavel'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useRef, useState } from 'react'
import { formatZoned } from '../../format/time'
import { useChannelList } from '../../hooks/useChannelList'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { SectionTitle } from '../SectionTitle'
import { DisputeDialog } from './DisputeDialog'
import { DisputeStatusChip } from './DisputeDetailView'
import { FileDisputeDialog } from './FileDisputeDialog'

const s = t.disputes.section
const x = t.disputes
const OPEN_KEYS = [{ key: 'y', alt: true }] as const
const TITLE_ID = 'dispute-title'

interface DisputeSectionProps {
  person: { id: string; name: string }
  /** Changes whenever the person's record was read again: the list is read again too. */
  revision: unknown
  onChanged: () => void
  keysEnabled: boolean
}

export function DisputeSection({ person, revision, onChanged, keysEnabled }: DisputeSectionProps) {
  const { value: list, error, reload } = useChannelList('dispute:list', { personId: person.id }, revision)
  const [filing, setFiling] = useState<{ open: boolean; seq: number } | null>(null)
  const [viewing, setViewing] = useState<string | null>(null)
  const fileButton = useRef<HTMLButtonElement>(null)

  const canFile = list !== null && list.candidates.length > 0
  const openFiling = (): void => {
    if (canFile) setFiling((current) => ({ open: true, seq: (current?.seq ?? 0) + 1 }))
  }
  useHotkey(OPEN_KEYS, openFiling, keysEnabled && filing?.open !== true && viewing === null)
  const changed = (): void => {
    reload()
    onChanged()
  }

  return (
    <Paper component="section" aria-labelledby={TITLE_ID} sx={{ p: 2.5 }}>
      <SectionTitle
        id={TITLE_ID}
        title={s.title}
        icon={<GavelIcon color="primary" aria-hidden="true" />}
        aside={
          <Button ref={fileButton} variant="contained" size="small" startIcon={<GavelIcon />} onClick={openFiling} disabled={!canFile} aria-keyshortcuts="Alt+Y">
            {s.file}
            <KeyHint keys={s.fileShortcut} />
          </Button>
        }
      />
      {error !== null && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      {list === null && error === null && <Typography color="text.secondary">{s.loading}</Typography>}
      {list !== null && list.disputes.length === 0 && <Typography color="text.secondary">{canFile ? s.empty : s.noCandidates}</Typography>}
      {list !== null && list.disputes.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={s.table}>
            <TableHead>
              <TableRow>
                <TableCell>{s.record}</TableCell>
                <TableCell>{s.ground}</TableCell>
                <TableCell>{s.status}</TableCell>
                <TableCell>{s.outcome}</TableCell>
                <TableCell>{s.filedAt}</TableCell>
                <TableCell align="right">{s.actions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.disputes.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>
                    <Typography component="div" sx={{ fontWeight: 700 }}>
                      {d.record.plate} · {d.record.behaviour}
                    </Typography>
                    <Typography component="div" variant="caption" color="text.secondary">
                      {d.record.recordNo} · {formatZoned(d.record.occurredAt)}
                    </Typography>
                  </TableCell>
                  <TableCell>{x.grounds[d.ground]}</TableCell>
                  <TableCell>
                    <DisputeStatusChip status={d.status} awaitingCentral={d.awaitingCentral} />
                  </TableCell>
                  <TableCell>
                    {d.outcome === null ? '—' : x.outcomes[d.outcome]}
                    {d.reviewComment !== null && (
                      <Typography component="div" variant="caption" color="text.secondary">
                        {x.detail.lastReview}：{d.reviewComment}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {formatZoned(d.filedAt)}
                    <Typography component="div" variant="caption" color="text.secondary">
                      {d.filedBy}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setViewing(d.id)} aria-label={s.viewLabel(d.record.recordNo)}>
                      {s.view}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {filing !== null && list !== null && (
        <FileDisputeDialog
          key={filing.seq}
          open={filing.open}
          person={person}
          candidates={list.candidates}
          onClose={() => setFiling((current) => current && { ...current, open: false })}
          onExited={() => fileButton.current?.focus()}
          onChanged={changed}
        />
      )}
      {viewing !== null && <DisputeDialog key={viewing} disputeId={viewing} open onClose={() => setViewing(null)} onChanged={changed} />}
    </Paper>
  )
}
