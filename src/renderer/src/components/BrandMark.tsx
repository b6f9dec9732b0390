// Product name with its Latin name, used on the sign-in card and in the top bar.
import LocalPoliceIcon from '@mui/icons-material/LocalPolice'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { t } from '../i18n/zh-CN'

export function BrandMark({ size = 'large' }: { size?: 'large' | 'small' }) {
  const large = size === 'large'
  return (
    <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center' }}>
      <LocalPoliceIcon aria-hidden="true" sx={{ fontSize: large ? 36 : 24 }} />
      <Stack>
        <Typography component="span" sx={{ fontSize: large ? '1.375rem' : '1rem', fontWeight: 700, lineHeight: 1.25 }}>
          {t.product.name}
        </Typography>
        <Typography component="span" sx={{ fontSize: large ? '0.8125rem' : '0.6875rem', opacity: 0.8, letterSpacing: 1 }}>
          {t.product.latinName}
        </Typography>
      </Stack>
    </Stack>
  )
}
