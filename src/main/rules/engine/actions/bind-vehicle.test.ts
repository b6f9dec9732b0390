import { describe, it } from 'vitest'
import { BIND_TABLE } from '../cases/binding.test-support'
import { checkCase } from '../cases/fixtures.test-support'

describe('bind_vehicle', () => {
  for (const c of BIND_TABLE.cases) it(c.name, () => checkCase(BIND_TABLE, c))
})
