// Shows a shortcut next to a control. Hidden from assistive tech: the control carries
// aria-keyshortcuts instead, so its accessible name stays the plain Chinese word.
import Box from '@mui/material/Box'

export function KeyHint({ keys }: { keys: string }) {
  return (
    <Box component="kbd" aria-hidden="true" sx={{ ml: 1, lineHeight: 1.4, whiteSpace: 'nowrap' }}>
      {keys}
    </Box>
  )
}
