// Step 2, 当面核验: the clerk compares the document with the person at the window and ticks it off.
// The tick is required (main refuses without it) and goes into the audit entry.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { CardView } from './CardView'
import type { RegistrationFlow } from './useRegistrationFlow'

const r = t.registration

export function IdentityStep({ flow }: { flow: RegistrationFlow }) {
  const { state, setField } = flow
  const [tried, setTried] = useState(false)
  const card = state.card!
  const reason = state.fieldErrors.identityConfirmed ?? (tried && !state.identityConfirmed ? r.identity.required : undefined)

  const goOn = (): void => {
    setTried(true)
    if (state.identityConfirmed) flow.goTo(2)
  }

  return (
    <Stack spacing={2}>
      <Typography>{r.identity.intro}</Typography>
      <CardView card={card} heading={state.kind === 'unit' ? r.card.managerHeading : r.card.heading} />
      {card.idType === 'military' && (
        <Alert severity="info" role="status">
          {r.identity.militaryNote}
        </Alert>
      )}
      <Box sx={{ border: 1, borderColor: reason ? 'error.main' : 'warning.main', borderRadius: 1, px: 2, py: 1, bgcolor: '#fff8e6' }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={state.identityConfirmed}
              onChange={(e) => setField({ identityConfirmed: e.target.checked }, ['identityConfirmed'])}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  goOn()
                }
              }}
              autoFocus
              color="warning"
              slotProps={{ input: { 'aria-describedby': reason === undefined ? undefined : 'identity-reason' } }}
            />
          }
          label={r.identity.confirm}
          sx={{ '& .MuiFormControlLabel-label': { fontWeight: 500 } }}
        />
        {reason !== undefined && (
          <FormHelperText id="identity-reason" error role="alert">
            {reason}
          </FormHelperText>
        )}
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={goOn} aria-keyshortcuts="Enter">
          {r.next}
          <KeyHint keys="Enter" />
        </Button>
      </Stack>
    </Stack>
  )
}
