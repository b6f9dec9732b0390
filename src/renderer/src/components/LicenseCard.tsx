// 驾驶证: file number, classes, status letters in words, the scoring cycle and its points.
import BadgeOutlinedIcon from '@mui/icons-material/BadgeOutlined'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { PersonView } from '../../../shared/contract'
import { licenseStatusSeverity } from '../format/status'
import { t } from '../i18n/zh-CN'
import { InfoGrid } from './InfoGrid'
import { PointsMeter } from './PointsMeter'
import { SectionTitle } from './SectionTitle'
import { StatusChips } from './StatusChips'

const TITLE_ID = 'license-title'

export function LicenseCard({ license }: { license: PersonView['license'] }) {
  const l = t.person.license
  return (
    <Paper component="section" aria-labelledby={TITLE_ID} sx={{ p: 2.5 }}>
      <SectionTitle id={TITLE_ID} title={l.title} icon={<BadgeOutlinedIcon color="primary" aria-hidden="true" />} />
      {license === null ? (
        <Typography color="text.secondary">{l.none}</Typography>
      ) : (
        <InfoGrid
          items={[
            { label: l.fileNo, value: license.fileNo },
            {
              label: l.classes,
              value: license.classes.map((c) => `${c.code} ${c.name}`).join(t.common.separator) || t.common.none
            },
            {
              label: l.status,
              value: <StatusChips items={license.status} severity={licenseStatusSeverity} />
            },
            { label: l.cycle, value: t.common.range(license.cycleStart, license.cycleEnd) },
            { label: l.points, value: <PointsMeter points={license.cyclePoints} />, wide: true },
            { label: l.fullScoreCount, value: l.fullScoreValue(license.fullScoreCount) },
            { label: l.validUntil, value: license.validUntil },
            { label: l.firstIssueDate, value: license.firstIssueDate },
            { label: l.issuingOrgan, value: license.issuingOrgan },
            { label: l.phone, value: license.phone ?? t.common.notRecorded }
          ]}
        />
      )}
    </Paper>
  )
}
