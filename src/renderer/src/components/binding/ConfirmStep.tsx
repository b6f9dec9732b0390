// Step 3 of 新增备案: what will be saved, read back to the citizen before 确认备案: who binds which
// vehicle, whose consent and how, whether it takes effect now or after review, and, away from
// central, that it waits for central's confirmation.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { t } from '../../i18n/zh-CN'
import { InfoGrid } from '../InfoGrid'
import type { BindFlow } from './useBindFlow'

const s = t.binding.confirm
const REGION_ID = 'binding-summary'

export function ConfirmStep({ flow, online }: { flow: BindFlow; online: boolean }) {
  const found = flow.found
  if (found === null) return null
  const { person } = flow.overview
  const { vehicle, limits } = found
  const consent = flow.consent === 'sms_code' ? s.consentSms(vehicle.consentPhoneMasked ?? '') : s.consentPresent
  return (
    <Stack spacing={2} role="region" aria-labelledby={REGION_ID}>
      <Box id={REGION_ID} sx={{ fontWeight: 700 }}>
        {s.title}
      </Box>
      <Box sx={{ color: 'text.secondary' }}>{s.intro}</Box>
      <InfoGrid
        minColumn={200}
        items={[
          { label: s.applicant, value: `${person.name}（${person.idTypeName} ${person.idNumberMasked}）`, wide: true },
          { label: s.vehicle, value: `${vehicle.plate}（${vehicle.plateType.name}，${vehicle.model}）` },
          { label: s.owner, value: vehicle.ownerName },
          { label: s.consent, value: consent },
          { label: s.effect, value: limits.windowReview ? s.effectReview : s.effectNow }
        ]}
      />
      {!online && <Alert severity="warning">{s.offline}</Alert>}
    </Stack>
  )
}
