// 综合查询, the home screen: one box, the kind of key main recognised, and the people it found.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined'
import { useRef, type Dispatch, type SetStateAction } from 'react'
import { SearchBox } from '../components/SearchBox'
import { SearchResultsTable } from '../components/SearchResultsTable'
import { t } from '../i18n/zh-CN'
import { canOpenSelected, type SearchState } from '../search/search-state'
import { useSession } from '../session/session-context'

const RESULTS_ID = 'search-results'

interface SearchScreenProps {
  state: SearchState
  onChange: Dispatch<SetStateAction<SearchState>>
  focusToken: number
  onOpen: (personId: string) => void
}

export function SearchScreen({ state, onChange, focusToken, onOpen }: SearchScreenProps) {
  const { call } = useSession()
  // Only the latest search may land, if the clerk fires two before the first answers.
  const seq = useRef(0)
  const people = state.result?.people ?? []

  const runSearch = async (): Promise<void> => {
    const query = state.query.trim()
    if (query === '') return
    const mine = ++seq.current
    onChange((s) => ({ ...s, pending: true, submitted: query, error: null }))
    const answer = await call('search:lookup', { query })
    if (mine !== seq.current) return
    onChange((s) =>
      answer.ok
        ? { ...s, pending: false, result: answer.value, error: null, selected: 0 }
        : { ...s, pending: false, result: null, error: answer.error, selected: 0 }
    )
  }

  const open = (index: number): void => {
    const person = people[index]
    if (person !== undefined) onOpen(person.personId)
  }

  const onEnter = (): void => {
    if (canOpenSelected(state)) open(state.selected)
    else void runSearch()
  }

  const select = (index: number): void => onChange((s) => ({ ...s, selected: index }))
  const move = (delta: number): void => {
    if (people.length === 0) return
    select(Math.min(people.length - 1, Math.max(0, state.selected + delta)))
  }

  return (
    <Box sx={{ maxWidth: 1200, mx: 'auto', px: 3, py: 3 }}>
      <Paper sx={{ p: 3, mb: 2 }}>
        <SearchBox
          value={state.query}
          pending={state.pending}
          focusToken={focusToken}
          resultsId={RESULTS_ID}
          onChange={(query) => onChange((s) => ({ ...s, query }))}
          onEnter={onEnter}
          onSearch={() => void runSearch()}
          onMove={move}
        />
      </Paper>
      <Box sx={{ height: 4, mb: 1 }}>{state.pending && <LinearProgress aria-label={t.search.searching} />}</Box>
      {state.error !== null && (
        <Alert role="alert" severity="error">
          {state.error.message}
        </Alert>
      )}
      {state.result !== null && (
        <Stack spacing={1.5} sx={{ opacity: state.pending ? 0.6 : 1 }}>
          <Typography role="status" color="text.secondary">
            <Box component="span" sx={{ color: 'primary.main', fontWeight: 500 }}>
              {t.search.kind[state.result.kind]}
            </Box>
            {'：'}
            <Box component="span" sx={{ color: 'text.primary', fontWeight: 500 }}>
              {state.result.key}
            </Box>
            {' · '}
            {t.search.resultCount(people.length)}
          </Typography>
          {people.length > 0 ? (
            <SearchResultsTable id={RESULTS_ID} people={people} selected={state.selected} onSelect={select} onOpen={open} />
          ) : (
            <Paper sx={{ py: 6, textAlign: 'center' }}>
              <PersonSearchOutlinedIcon color="disabled" sx={{ fontSize: 48 }} aria-hidden="true" />
              <Typography variant="h2" component="p" sx={{ mt: 1 }}>
                {t.search.empty}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {t.search.emptyHint}
              </Typography>
            </Paper>
          )}
        </Stack>
      )}
    </Box>
  )
}
