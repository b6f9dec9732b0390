// Top bar: 面签注册 (F3), 今日收款 (Ctrl+J), who is signed in (name, 警号, role) and the two ways to leave the desk
// (退出 asks first when actions have not reached central yet).
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

const barButton = { borderColor: 'rgba(255,255,255,0.5)', '&:hover': { borderColor: '#fff' } } as const

export function TopBar({ onRegister, keysEnabled }: { onRegister: () => void; keysEnabled: boolean }) {
  const { info, session, lock } = useSession()
  const { requestSignOut } = useShell()
  const { operator } = session

  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 2, minHeight: 52 }}>
        <BrandMark size="small" />
        {info?.demoData === true && <DemoChip onDark />}
        <Button variant="outlined" color="inherit" size="small" startIcon={<HowToRegOutlinedIcon />} onClick={onRegister} aria-keyshortcuts="F3" sx={barButton}>
          {t.registration.action}
          <KeyHint keys={t.registration.actionShortcut} />
        </Button>
        {operator.role !== 'admin' && <CashUpAction keysEnabled={keysEnabled} sx={barButton} />}
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
          <Typography component="span" sx={{ opacity: 0.85 }}>
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
