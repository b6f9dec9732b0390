// Search and the person view. Opening a person's detail shows unmasked personal data, so it is
// audited and reported to central like any other clerk action.
import type { HandlerMap } from '../registry'
import type { WritePath } from '../../store/write-path'
import type { PersonQueries } from '../../services/person-queries'
import { searchPeople } from '../../services/search'
import { loadPersonView } from '../../services/person-view'
import type { VerdictService } from '../../services/violation-verdicts'
import { DomainError } from '../../../shared/contract/result'

export function peopleHandlers(
  queries: PersonQueries,
  writes: WritePath,
  today: () => string,
  verdicts: VerdictService
): Pick<HandlerMap, 'search:lookup' | 'person:open'> {
  return {
    'search:lookup': (input) => searchPeople(queries, input.query, today()),
    'person:open': (input, { session }) => {
      if (!session) throw new DomainError('SESSION_REQUIRED', '请先登录。')
      const view = loadPersonView(queries, input.personId, today(), verdicts)
      writes.run({
        action: 'person.view',
        operatorId: session.operator.id,
        subject: { type: 'person', id: view.person.id },
        auditPayload: { personId: view.person.id },
        command: { type: 'audit.personViewed', payload: { personId: view.person.id } }
      })
      return view
    }
  }
}
