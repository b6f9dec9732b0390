// A calm, dense theme for eight hours at a counter: one government blue, neutral greys, 14 px text,
// compact tables, and a focus ring that is always visible for keyboard work.
import { alpha, createTheme } from '@mui/material/styles'
import { zhCN as muiZhCN } from '@mui/material/locale'

const primary = '#1f4e8c'
const focusRing = `2px solid ${alpha(primary, 0.9)}`

export const theme = createTheme(
  {
    palette: {
      mode: 'light',
      primary: { main: primary, dark: '#163a69', light: '#4a74ad', contrastText: '#ffffff' },
      secondary: { main: '#455a64' },
      success: { main: '#2e7d32' },
      warning: { main: '#b26a00' },
      error: { main: '#c62828' },
      background: { default: '#eef1f5', paper: '#ffffff' },
      text: { primary: '#1b2430', secondary: '#5a6573' },
      divider: '#d9dee5'
    },
    typography: {
      fontFamily: "'Noto Sans SC', sans-serif",
      fontSize: 14,
      h1: { fontSize: '1.5rem', fontWeight: 500 },
      h2: { fontSize: '1.125rem', fontWeight: 500 },
      h3: { fontSize: '1rem', fontWeight: 500 },
      button: { textTransform: 'none', fontWeight: 500 },
      body2: { fontSize: '0.875rem' },
      caption: { fontSize: '0.8125rem' }
    },
    shape: { borderRadius: 6 },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          body: { fontVariantNumeric: 'tabular-nums' },
          kbd: {
            fontFamily: 'inherit',
            fontSize: '0.75rem',
            padding: '0 4px',
            border: '1px solid currentColor',
            borderRadius: 3,
            opacity: 0.8
          }
        }
      },
      MuiButtonBase: { defaultProps: { disableRipple: true } },
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: 2 } } }
      },
      MuiIconButton: {
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: 1 } } }
      },
      // Without ripples these would show no focus at all: the same ring as everything else.
      MuiCheckbox: {
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: -6, borderRadius: 4 } } }
      },
      MuiTab: {
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: -4, borderRadius: 4 } } }
      },
      MuiChip: {
        defaultProps: { size: 'small' },
        styleOverrides: { root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: 1 } } }
      },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiPaper: { defaultProps: { variant: 'outlined' } },
      MuiTable: { defaultProps: { size: 'small' } },
      MuiTableCell: {
        styleOverrides: {
          root: { padding: '6px 12px', fontSize: '0.875rem' },
          head: { fontWeight: 500, color: '#3b4654', backgroundColor: '#f4f6f9', whiteSpace: 'nowrap' }
        }
      },
      MuiTableRow: {
        styleOverrides: {
          root: { '&:focus-visible': { outline: focusRing, outlineOffset: -2 } }
        }
      },
      MuiAlert: { defaultProps: { variant: 'outlined' } },
      MuiTooltip: { defaultProps: { arrow: true } }
    }
  },
  muiZhCN
)
