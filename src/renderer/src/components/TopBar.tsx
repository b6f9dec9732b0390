// Top bar: 面签注册 (F3), 今日收款 (Ctrl+J), 审核 (Ctrl+E), 业务统计 (Ctrl+B, supervisors), who is signed in (name, 警号, role) and the two ways to leave the desk
// (退出 asks first when actions have not reached central yet).
import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined'
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined'
import LockOutlinedIcon from '@mui/icons-material/LockOutlined'
import LogoutIcon from '@mui/icons-material/Logout'
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined'
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { useShell } from '../shell/shell-context'
import { BrandMark } from './BrandMark'
import { DemoChip } from './DemoChip'
import { KeyHint } from './KeyHint'
import { CashUpAction } from './payment/CashUpAction'
import { BatchPrintAction } from './printing/BatchPrintAction'

// The bar holds up to six actions plus the operator: nothing may wrap, and the gaps stay small.
const barButton = { borderColor: 'rgba(255,255,255,0.5)', '&:hover': { borderColor: '#fff' }, whiteSpace: 'nowrap', flexShrink: 0, px: 1.25 } as const

export function TopBar({ onRegister, onReport, onReview, keysEnabled }: { onRegister: () => void; onReport: () => void; onReview: () => void; keysEnabled: boolean }) {
  const { info, session, lock } = useSession()
  const { requestSignOut } = useShell()
  const { operator } = session

  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1, minHeight: 52, '& .MuiTypography-root': { whiteSpace: 'nowrap' } }}>
        <BrandMark size="small" />
        {info?.demoData === true && <DemoChip onDark />}
        <Button variant="outlined" color="inherit" size="small" startIcon={<HowToRegOutlinedIcon />} onClick={onRegister} aria-keyshortcuts="F3" sx={barButton}>
          {t.registration.action}
          <KeyHint keys={t.registration.actionShortcut} />
        </Button>
        {operator.role !== 'admin' && <CashUpAction keysEnabled={keysEnabled} sx={barButton} />}
        {operator.role !== 'admin' && <BatchPrintAction keysEnabled={keysEnabled} sx={barButton} />}
        {operator.role !== 'admin' && (
          <Button variant="outlined" color="inherit" size="small" startIcon={<FactCheckOutlinedIcon />} onClick={onReview} aria-keyshortcuts="Control+E" sx={barButton}>
            {t.disputes.review.action}
            <KeyHint keys={t.disputes.review.shortcut} />
          </Button>
        )}
        {operator.role === 'supervisor' && (
          <Button variant="outlined" color="inherit" size="small" startIcon={<AssessmentOutlinedIcon />} onClick={onReport} aria-keyshortcuts="Control+B" sx={barButton}>
            {t.report.action}
            <KeyHint keys={t.report.actionShortcut} />
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Stack
          direction="row"
          spacing={1}
          aria-label={t.shell.operator}
          role="group"
          sx={{ alignItems: 'center' }}
        >
          <PersonOutlinedIcon aria-hidden="true" fontSize="small" />
          <Typography component="span" sx={{ fontWeight: 500 }}>
            {operator.name}
          </Typography>
          {/* On a narrow screen the police number gives way (it is on the lock screen and every slip). */}
          <Typography component="span" sx={{ opacity: 0.85, display: { xs: 'none', xl: 'inline' } }}>
            {t.shell.policeNoPrefix} {operator.policeNo}
          </Typography>
          <Typography
            component="span"
            sx={{ px: 1, py: 0.125, borderRadius: 1, bgcolor: 'rgba(255,255,255,0.16)', fontSize: '0.8125rem' }}
          >
            {t.shell.roles[operator.role]}
          </Typography>
        </Stack>
        <Button
          variant="outlined"
          color="inherit"
          size="small"
          startIcon={<LockOutlinedIcon />}
          onClick={lock}
          aria-keyshortcuts="Control+L"
          sx={barButton}
        >
          {t.shell.lock}
          <KeyHint keys={t.shell.lockShortcut} />
        </Button>
        <Button
          variant="outlined"
          color="inherit"
          size="small"
          startIcon={<LogoutIcon />}
          onClick={requestSignOut}
          sx={barButton}
        >
          {t.shell.signOut}
        </Button>
      </Toolbar>
    </AppBar>
  )
}
