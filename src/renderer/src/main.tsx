// Renderer entry: fonts and theme first so the first paint is already in the app's typeface.
import './fonts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { initClient } from './api/client'
import { App } from './App'
import { t } from './i18n/zh-CN'
import { theme } from './theme'

initClient()
document.title = t.product.documentTitle

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  </StrictMode>
)
