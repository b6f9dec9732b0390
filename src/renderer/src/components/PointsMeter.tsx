// 本周期累计记分 as a bar out of 12: amber from 9 (临界), red at 12 (满分), so risk shows at a glance.
import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import { pointsSeverity } from '../format/status'
import { t } from '../i18n/zh-CN'

const FULL_SCORE = 12

export function PointsMeter({ points }: { points: number }) {
  const color = pointsSeverity(points)
  const text = t.person.license.pointsValue(points)
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
      <Box component="span" sx={{ color: color === 'primary' ? 'text.primary' : `${color}.main`, fontWeight: 700 }}>
        {text}
      </Box>
      <LinearProgress
        variant="determinate"
        color={color}
        value={Math.min(100, (points / FULL_SCORE) * 100)}
        aria-label={t.person.license.points}
        aria-valuetext={text}
        sx={{ flex: 1, height: 8, borderRadius: 4, minWidth: 80 }}
      />
    </Stack>
  )
}
