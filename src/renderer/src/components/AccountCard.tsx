// 12123 账户: whether the person has an account, and the phone it is registered to.
import PhoneIphoneOutlinedIcon from '@mui/icons-material/PhoneIphoneOutlined'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { PersonView } from '../../../shared/contract'
import { formatZoned } from '../format/time'
import { t } from '../i18n/zh-CN'
import { InfoGrid } from './InfoGrid'
import { SectionTitle } from './SectionTitle'

const TITLE_ID = 'account-title'

export function AccountCard({ account }: { account: PersonView['account'] }) {
  const a = t.person.account
  return (
    <Paper component="section" aria-labelledby={TITLE_ID} sx={{ p: 2.5 }}>
      <SectionTitle id={TITLE_ID} title={a.title} icon={<PhoneIphoneOutlinedIcon color="primary" aria-hidden="true" />} />
      {account === null ? (
        <Typography color="text.secondary">{a.none}</Typography>
      ) : (
        <InfoGrid
          minColumn={150}
          items={[
            { label: a.kind, value: a.kinds[account.kind] },
            { label: a.phone, value: account.phoneMasked },
            { label: a.channel, value: a.channels[account.channel] },
            { label: a.registeredAt, value: formatZoned(account.registeredAt) }
          ]}
        />
      )}
    </Paper>
  )
}
