// "Does the new number belong to another account?" Taken when central says so (nationwide) OR
// this desk's cache says so: the cache holds this desk's registrations and phone changes not yet
// confirmed by central (pending local rows), which central cannot know of yet. A closed account
// still holds its phone. Offline the cache answers alone, and central asks again when the change
// arrives (the command re-decides on central's accounts), so a number taken elsewhere is refused
// there.
import { DomainError } from '../../../shared/contract/result'
import type { CentralLink } from '../central-link'
import type { TargetQueries } from './targets'

export interface NumberOwner {
  taken: boolean
  checkedBy: 'central' | 'local_cache'
}

export async function newNumberOwner(central: CentralLink, queries: TargetQueries, phone: string, personId: string): Promise<NumberOwner> {
  const holder = queries.accountHolder(phone)
  const takenHere = holder !== null && holder !== personId
  if (central.online()) {
    try {
      const answer = await central.lookupAccounts({ phone })
      // An account whose holder central does not name (a unit's) is someone else's too.
      const takenThere = answer.phoneTaken && answer.phoneAccountPersonId !== personId
      return { taken: takenThere || takenHere, checkedBy: 'central' }
    } catch (error) {
      // Central went away between the two calls: answer from the cache, as offline.
      if (!(error instanceof DomainError) || error.code !== 'CENTRAL_OFFLINE') throw error
    }
  }
  return { taken: takenHere, checkedBy: 'local_cache' }
}
