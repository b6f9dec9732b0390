// Who this is: name, gender, and the full identity data (this view is the unmasked one).
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { PersonView } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'
import { InfoGrid } from './InfoGrid'

export function PersonHeader({ person }: { person: PersonView['person'] }) {
  const p = t.person
  return (
    <Paper component="section" aria-labelledby="person-name" sx={{ p: 2.5 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography id="person-name" variant="h1" component="h1">
          {person.name}
        </Typography>
        <Chip label={t.common.gender[person.gender]} variant="outlined" />
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto !important' }}>
          {p.auditNotice}
        </Typography>
      </Stack>
      <InfoGrid
        items={[
          { label: p.idType, value: person.idType },
          { label: p.idNumber, value: <span style={{ letterSpacing: 0.5 }}>{person.idNumber}</span> },
          { label: p.birthDate, value: person.birthDate },
          { label: p.phone, value: person.phone ?? t.common.notRecorded },
          { label: p.address, value: person.address, wide: true }
        ]}
      />
    </Paper>
  )
}
