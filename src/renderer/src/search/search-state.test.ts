import { describe, expect, it } from 'vitest'
import type { SearchResult } from '../../../shared/contract'
import { canOpenSelected, emptySearch, type SearchState } from './search-state'

const result: SearchResult = {
  kind: 'plate',
    key: '粤B12345',
    people: [
      {
        personId: '00000000-0000-0000-0000-000000000001',
        name: '张三',
        gender: 'M',
        idNumberMasked: '4401**********1234',
        phoneMasked: '138****0000',
        matchedBy: '车主：粤B12345',
        hasLicense: true,
        vehicleCount: 1,
        openViolationCount: 0
      }
    ]
}

const found: SearchState = { ...emptySearch, query: '粤B12345 ', submitted: '粤B12345', result }

describe('canOpenSelected', () => {
  it('opens when the results belong to the typed query', () => {
    expect(canOpenSelected(found)).toBe(true)
  })

  it('searches again once the query was edited', () => {
    expect(canOpenSelected({ ...found, query: '粤B12346' })).toBe(false)
  })

  it('waits while a search is running or found nobody', () => {
    expect(canOpenSelected({ ...found, pending: true })).toBe(false)
    expect(canOpenSelected({ ...found, result: { ...result, people: [] } })).toBe(false)
  })
})
