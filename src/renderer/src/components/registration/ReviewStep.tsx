// Step 4, 核对: everything that will be saved, main's verdict (refusals with the rule's reason and
// source; warnings to tell the citizen), what gets linked, and, when the record phones differ, the
// offer to change them in the same visit. 确认注册 saves it all in one transaction.
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { maskIdNumber, maskPhone } from '../../../../shared/masking'
import type { RegistrationCheck } from '../../../../shared/contract/workflows/registration'
import { t } from '../../i18n/zh-CN'
import { FindingList } from '../FindingList'
import { InfoGrid } from '../InfoGrid'
import { KeyHint } from '../KeyHint'
import { documentLabel } from './CardView'
import { formatSize } from './UnitFields'
import type { RegistrationFlow } from './useRegistrationFlow'

const v = t.registration.review

const maskedPhone = (phone: string): string => maskPhone(phone.replace(/\s/g, '')) ?? ''

/** 132****5140（驾驶证 3201****5684、苏AFA0834）；139****0001（苏B12345）: each phone with the records carrying it. */
function recordPhonesText(records: RegistrationCheck['recordPhones']): string {
  const byPhone = new Map<string, string[]>()
  for (const r of records) byPhone.set(r.phoneMasked, [...(byPhone.get(r.phoneMasked) ?? []), r.label])
  return [...byPhone].map(([phone, labels]) => `${phone}（${labels.join('、')}）`).join('；')
}

export function ReviewStep({ flow }: { flow: RegistrationFlow }) {
  const { state, setField } = flow
  const check = state.check!
  const card = state.card!
  const offline = check.answeredBy === 'local'
  const items = [
    ...(state.kind === 'unit'
      ? [
          { label: v.unit, value: `${state.unit.name}（${state.unit.creditCode.toUpperCase()}）`, wide: true },
          { label: v.manager, value: card.name }
        ]
      : [{ label: v.applicant, value: card.name }]),
    { label: v.document, value: `${documentLabel(card)} ${maskIdNumber(card.idNumber)}` },
    { label: v.phone, value: maskedPhone(state.phone) },
    { label: v.verification, value: state.challengeId !== null ? v.smsVerified : v.offlineVerification },
    ...(state.letter !== null ? [{ label: v.letter, value: `${state.letter.fileName}（${formatSize(state.letter.size)}）`, wide: true }] : [])
  ]

  return (
    <Stack spacing={2}>
      <Box role="region" aria-labelledby="review-heading" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
        <Typography id="review-heading" variant="h3" component="h3" sx={{ mb: 1.5 }}>
          {v.heading}
        </Typography>
        <InfoGrid minColumn={180} items={items} />
        <Typography variant="body2" color={offline ? 'warning.dark' : 'text.secondary'} sx={{ mt: 1.5 }}>
          {v.answeredBy[check.answeredBy]}
        </Typography>
      </Box>

      {!check.allowed && (
        <Alert severity="error" role="alert">
          <AlertTitle>{v.refused}</AlertTitle>
          <FindingList findings={check.denials} />
        </Alert>
      )}
      {check.warnings.length > 0 && (
        <Alert severity="warning" role="status">
          <AlertTitle>{v.warnings}</AlertTitle>
          <FindingList findings={check.warnings} />
          {check.phoneDiffers && check.allowed && (
            <Box sx={{ mt: 1 }}>
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                {v.recordPhones}：{recordPhonesText(check.recordPhones)}
              </Typography>
              <FormControlLabel
                control={<Checkbox checked={state.changeRecordPhones} onChange={(e) => setField({ changeRecordPhones: e.target.checked })} color="warning" />}
                label={v.changePhones}
                sx={{ '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
              />
              <Typography variant="caption" component="div" color="text.secondary">
                {v.changePhonesHint(maskedPhone(state.phone))}
              </Typography>
            </Box>
          )}
        </Alert>
      )}

      <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          {v.linked}
        </Typography>
        {check.licence === null && check.vehicles.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {state.kind === 'unit' ? v.noUnitVehicles : v.noLinked}
          </Typography>
        ) : (
          <InfoGrid
            minColumn={220}
            items={[
              ...(state.kind === 'unit'
                ? []
                : [{ label: v.licence, value: check.licence === null ? t.registration.none : `${check.licence.fileNoMasked}（${check.licence.classes}，${check.licence.status}）` }]),
              {
                label: state.kind === 'unit' ? v.unitVehicles : v.vehicles,
                value: check.vehicles.length === 0 ? t.registration.none : check.vehicles.map((x) => `${x.plate}（${x.plateType}，${x.model}）`).join('；'),
                wide: true
              }
            ]}
          />
        )}
      </Box>

      {offline && (
        <Alert severity="warning" role="status">
          {t.registration.phone.offline}
        </Alert>
      )}
      {state.error !== null && (
        <Alert severity="error" role="alert">
          {state.error.message}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => void flow.submit()} disabled={!check.allowed || state.busy} autoFocus={check.allowed} aria-keyshortcuts="Enter">
          {state.busy ? v.submitting : v.submit}
          <KeyHint keys="Enter" />
        </Button>
      </Stack>
    </Stack>
  )
}
