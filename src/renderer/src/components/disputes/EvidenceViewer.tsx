// 证据照片: the camera record's photos, fetched from central by main the first time and cached
// there. A focusable region worked from the keyboard: + / − zoom, 0 back to the whole picture,
// ← → to the previous / next photo, and once zoomed in the arrows move the picture instead. The
// photos are shown as images from blob: URLs only (useObjectUrl), never as markup.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import ZoomInIcon from '@mui/icons-material/ZoomIn'
import ZoomOutIcon from '@mui/icons-material/ZoomOut'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useState, type KeyboardEvent } from 'react'
import type { Result } from '../../../../shared/contract'
import type { Evidence } from '../../../../shared/contract/workflows/disputes-schemas'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useObjectUrl } from './useObjectUrl'

const e = t.disputes.evidence
const ZOOMS = [1, 1.5, 2, 3, 4] as const
/** One arrow press moves the zoomed picture by this share of its size (percent). */
const PAN_STEP = 8

export function EvidenceViewer({ violationId, height = 300 }: { violationId: string; height?: number }) {
  const { call } = useSession()
  // The answer with the record it is for: a viewer moved to another record shows 正在调取 until its own arrives.
  const [loaded, setLoaded] = useState<{ violationId: string; answer: Result<Evidence> } | null>(null)
  const answer = loaded?.violationId === violationId ? loaded.answer : null
  const [index, setIndex] = useState(0)
  const [zoomStep, setZoomStep] = useState(0)
  const [pan, setPan] = useState({ x: 0, y: 0 })

  useEffect(() => {
    let live = true
    void call('dispute:evidence', { violationId }).then((a) => {
      if (!live) return
      setLoaded({ violationId, answer: a })
      setIndex(0)
    })
    return () => {
      live = false
    }
  }, [call, violationId])

  const photos = answer?.ok === true ? answer.value.photos : []
  const photo = photos[index] ?? null
  const url = useObjectUrl(photo)
  const zoom = ZOOMS[zoomStep]!
  // How far the picture may move before its edge shows (percent of its own size).
  const limit = ((zoom - 1) / (2 * zoom)) * 100

  const setZoom = (step: number): void => {
    const next = Math.max(0, Math.min(ZOOMS.length - 1, step))
    setZoomStep(next)
    if (next === 0) setPan({ x: 0, y: 0 })
    else {
      const z = ZOOMS[next]!
      const l = ((z - 1) / (2 * z)) * 100
      setPan((p) => ({ x: Math.max(-l, Math.min(l, p.x)), y: Math.max(-l, Math.min(l, p.y)) }))
    }
  }
  const show = (i: number): void => {
    if (photos.length === 0) return
    setIndex((i + photos.length) % photos.length)
    setZoomStep(0)
    setPan({ x: 0, y: 0 })
  }
  const move = (dx: number, dy: number): void =>
    setPan((p) => ({ x: Math.max(-limit, Math.min(limit, p.x + dx)), y: Math.max(-limit, Math.min(limit, p.y + dy)) }))

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const zoomed = zoomStep > 0
    const actions: Record<string, () => void> = {
      '+': () => setZoom(zoomStep + 1),
      '=': () => setZoom(zoomStep + 1),
      '-': () => setZoom(zoomStep - 1),
      _: () => setZoom(zoomStep - 1),
      '0': () => setZoom(0),
      ArrowLeft: () => (zoomed ? move(PAN_STEP, 0) : show(index - 1)),
      ArrowRight: () => (zoomed ? move(-PAN_STEP, 0) : show(index + 1)),
      ArrowUp: () => zoomed && move(0, PAN_STEP),
      ArrowDown: () => zoomed && move(0, -PAN_STEP)
    }
    const action = actions[event.key]
    if (action === undefined) return
    event.preventDefault()
    event.stopPropagation()
    action()
  }

  return (
    <Box component="section" aria-label={e.title} tabIndex={0} onKeyDown={onKeyDown} sx={{ outline: 'none', '&:focus-visible > .frame': { outline: '3px solid', outlineColor: 'primary.main' } }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mb: 0.75 }}>
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, flex: 1 }}>
          {e.title}
          {photos.length > 0 && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {e.photo(index + 1, photos.length)} · {e.zoom(Math.round(zoom * 100))}
            </Typography>
          )}
        </Typography>
        <IconButton size="small" aria-label={e.zoomOut} onClick={() => setZoom(zoomStep - 1)} disabled={zoomStep === 0} tabIndex={-1}>
          <ZoomOutIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={e.zoomIn} onClick={() => setZoom(zoomStep + 1)} disabled={zoomStep === ZOOMS.length - 1} tabIndex={-1}>
          <ZoomInIcon fontSize="small" />
        </IconButton>
        <Button size="small" onClick={() => setZoom(0)} disabled={zoomStep === 0} tabIndex={-1}>
          {e.reset}
        </Button>
        <IconButton size="small" aria-label={e.previous} onClick={() => show(index - 1)} disabled={photos.length < 2} tabIndex={-1}>
          <ChevronLeftIcon fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={e.next} onClick={() => show(index + 1)} disabled={photos.length < 2} tabIndex={-1}>
          <ChevronRightIcon fontSize="small" />
        </IconButton>
      </Stack>
      <Box className="frame" sx={{ height, bgcolor: '#1f2327', borderRadius: 1, overflow: 'hidden', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        {answer === null && (
          <Stack sx={{ width: '60%' }} spacing={1} role="status">
            <LinearProgress aria-hidden="true" />
            <Typography sx={{ color: '#fff', textAlign: 'center' }}>{e.loading}</Typography>
          </Stack>
        )}
        {answer?.ok === false && (
          <Alert severity="warning" role="alert" sx={{ m: 2 }}>
            {answer.error.message}
          </Alert>
        )}
        {answer?.ok === true && photos.length === 0 && <Typography sx={{ color: '#fff' }}>{e.none}</Typography>}
        {photo !== null && url !== null && (
          <Box
            component="img"
            src={url}
            alt={e.alt(photo.caption)}
            draggable={false}
            sx={{
              maxWidth: '100%',
              maxHeight: '100%',
              transform: `scale(${zoom}) translate(${pan.x}%, ${pan.y}%)`,
              transition: 'transform 120ms ease-out',
              userSelect: 'none'
            }}
          />
        )}
      </Box>
      {/* Always one line, so nothing below jumps when the photos arrive. */}
      <Typography variant="caption" component="div" color="text.secondary" noWrap sx={{ mt: 0.5 }}>
        {photo === null ? '\u00a0' : `${photo.caption} · ${formatZoned(photo.capturedAt)} · ${answer?.ok === true && answer.value.from === 'central' ? e.fromCentral : e.fromCache}`}
      </Typography>
      <Typography variant="caption" component="div" color="text.secondary">
        {e.keys}
      </Typography>
    </Box>
  )
}
