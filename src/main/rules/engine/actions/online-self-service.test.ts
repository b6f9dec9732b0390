import { describe, it } from 'vitest'
import { ONLINE_TABLE } from '../cases/online.test-support'
import { checkCase } from '../cases/fixtures.test-support'

describe('online_self_service', () => {
  for (const c of ONLINE_TABLE.cases) it(c.name, () => checkCase(ONLINE_TABLE, c))
})
