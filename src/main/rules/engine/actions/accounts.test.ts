import { describe, it } from 'vitest'
import { CHANGE_PHONE_TABLE, REGISTER_TABLE } from '../cases/accounts.test-support'
import { checkCase } from '../cases/fixtures.test-support'

describe('register_account', () => {
  for (const c of REGISTER_TABLE.cases) it(c.name, () => checkCase(REGISTER_TABLE, c))
})

describe('change_phone', () => {
  for (const c of CHANGE_PHONE_TABLE.cases) it(c.name, () => checkCase(CHANGE_PHONE_TABLE, c))
})
