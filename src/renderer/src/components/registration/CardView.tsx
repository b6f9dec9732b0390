// The document as read, laid out like the card's two faces (name, sex, birth, address, number;
// issuing office and validity), so the clerk can hold it beside the real one and compare.
import BadgeOutlinedIcon from '@mui/icons-material/BadgeOutlined'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { IdCard } from '../../../../shared/contract/workflows/registration'
import { t } from '../../i18n/zh-CN'
import { InfoGrid } from '../InfoGrid'

const c = t.registration.card

export function documentLabel(card: Pick<IdCard, 'idType' | 'militaryDocument'>): string {
  return card.idType === 'resident' ? c.idTypes.resident : c.militaryDocuments[card.militaryDocument ?? 'C']
}

export function CardView({ card, heading = c.heading, source }: { card: IdCard; heading?: string; source?: 'reader' | 'manual' }) {
  const id = `card-${heading}`
  return (
    <Box role="region" aria-labelledby={id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, bgcolor: '#f7f9fc' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        <BadgeOutlinedIcon color="primary" aria-hidden="true" />
        <Typography id={id} variant="h3" component="h3">
          {heading}
        </Typography>
        <Chip size="small" label={documentLabel(card)} />
        {source !== undefined && <Chip size="small" variant="outlined" label={c.sources[source]} />}
      </Stack>
      <InfoGrid
        minColumn={200}
        items={[
          { label: c.fields.name, value: card.name },
          { label: c.fields.gender, value: t.common.gender[card.gender] },
          { label: c.fields.birthDate, value: card.birthDate },
          { label: card.idType === 'resident' ? c.fields.idNumber : c.fields.militaryNumber, value: <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '1rem' }}>{card.idNumber}</Box> },
          { label: c.fields.address, value: card.address, wide: true },
          { label: c.fields.issuer, value: card.issuer },
          { label: c.fields.validity, value: t.common.range(card.validFrom, card.validUntil ?? c.longTermValue) }
        ]}
      />
    </Box>
  )
}
