// Step 4: everything that will be saved, read back to the person before 确认变更.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { t } from '../../i18n/zh-CN'
import { InfoGrid } from '../InfoGrid'
import type { PhoneChangeFlow } from './usePhoneChangeFlow'

const s = t.phoneChange.confirm
const REGION_ID = 'phone-change-summary'

export function ConfirmStep({ flow }: { flow: PhoneChangeFlow }) {
  const person = flow.targets?.ok === true ? flow.targets.value.person : null
  const newMasked = flow.answer?.newPhoneMasked ?? ''
  return (
    <Stack spacing={2} role="region" aria-labelledby={REGION_ID}>
      <Box id={REGION_ID} sx={{ fontWeight: 700 }}>
        {s.region}
      </Box>
      <InfoGrid
        minColumn={180}
        items={[
          { label: s.applicant, value: person?.name ?? '' },
          { label: s.idNumber, value: person?.idNumberMasked ?? '' },
          {
            label: s.records,
            wide: true,
            value: (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {flow.chosen.map((target) => (
                  <li key={`${target.kind}|${target.id}`}>
                    {target.label}：{s.change(target.currentPhoneMasked, newMasked)}
                  </li>
                ))}
              </Box>
            )
          },
          { label: s.identity, value: t.phoneChange.identity.methods[flow.method] },
          { label: s.newNumber, value: `${newMasked}（${flow.newChallengeId !== null ? s.verified : s.unverified}）` }
        ]}
      />
      <Alert severity="info">{s.notice}</Alert>
      {flow.offlineNumber && <Alert severity="warning">{s.offlineNotice}</Alert>}
    </Stack>
  )
}
