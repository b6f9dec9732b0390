// The one big box of 综合查询. Focus stays here: ↑/↓ move the selection in the results below and a
// second Enter on the same query opens the selected person, so a whole lookup never leaves the
// keyboard's home row.
import SearchIcon from '@mui/icons-material/Search'
import Button from '@mui/material/Button'
import InputAdornment from '@mui/material/InputAdornment'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react'
import { t } from '../i18n/zh-CN'
import { KeyHint } from './KeyHint'

export const SEARCH_INPUT_ID = 'search-input'
const HINT_ID = 'search-hint'

interface SearchBoxProps {
  value: string
  pending: boolean
  focusToken: number
  resultsId: string
  onChange: (value: string) => void
  /** Enter in the box: search, or open the selection when the results belong to this query. */
  onEnter: () => void
  /** The 查询 button always runs the search again. */
  onSearch: () => void
  onMove: (delta: number) => void
}

export function SearchBox({ value, pending, focusToken, resultsId, onChange, onEnter, onSearch, onMove }: SearchBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null)

  // On arrival and on every F2 / Ctrl+K the box takes the focus with its text selected,
  // so the next key typed replaces the old query.
  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [focusToken])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return // Enter that commits an IME candidate (粤, 京…)
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      onMove(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onEnter()
    }
  }

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    onSearch()
  }

  return (
    <Stack component="form" role="search" noValidate onSubmit={submit} spacing={1}>
      <Typography variant="h1" component="h1">
        <label htmlFor={SEARCH_INPUT_ID}>{t.search.inputLabel}</label>
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <TextField
          id={SEARCH_INPUT_ID}
          type="search"
          size="medium"
          value={value}
          placeholder={t.search.placeholder}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          inputRef={inputRef}
          autoComplete="off"
          slotProps={{
            htmlInput: {
              maxLength: 256,
              spellCheck: false,
              'aria-keyshortcuts': 'F2 Control+K',
              'aria-controls': resultsId,
              'aria-describedby': HINT_ID
            },
            input: {
              sx: { fontSize: '1.25rem', bgcolor: 'background.paper' },
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon aria-hidden="true" />
                </InputAdornment>
              ),
              endAdornment: (
                <InputAdornment position="end" sx={{ color: 'text.secondary' }}>
                  <KeyHint keys={t.search.shortcut} />
                </InputAdornment>
              )
            }
          }}
        />
        <Button type="submit" variant="contained" size="large" disabled={pending} sx={{ px: 3, flexShrink: 0 }}>
          {pending ? t.search.searching : t.search.submit}
          {!pending && <KeyHint keys="Enter" />}
        </Button>
      </Stack>
      <Typography id={HINT_ID} variant="caption" color="text.secondary">
        {t.search.keysHint}
      </Typography>
    </Stack>
  )
}
