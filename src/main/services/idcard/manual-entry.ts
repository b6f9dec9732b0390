// Manual entry: the clerk types what the document says (no reader, a card whose chip cannot be
// read, or a military document, which has no chip). Every field is checked in main; the first
// wrong one is refused with its field name so the form shows the reason beside it.
import { DomainError } from '../../../shared/contract/result'
import type { TypedCard } from '../../../shared/contract/workflows/registration'
import { checkCard } from './card-rules'
import type { IdCard, IdCardReader } from './id-card'

/** Fields in form order: the first error named is the first the clerk meets. */
const FIELD_ORDER = ['idType', 'militaryDocument', 'name', 'idNumber', 'gender', 'birthDate', 'address', 'validFrom', 'validUntil', 'issuer'] as const

export class CardInvalid extends DomainError {
  constructor(readonly errors: Record<string, string>) {
    const field = FIELD_ORDER.find((f) => errors[f] !== undefined) ?? Object.keys(errors)[0] ?? 'idNumber'
    super('CARD_INVALID', errors[field] ?? '证件信息有误', field)
  }
}

export class ManualEntryReader implements IdCardReader {
  readonly kind = 'manual' as const

  constructor(
    private readonly typed: TypedCard,
    private readonly today: string
  ) {}

  read(): Promise<IdCard> {
    const checked = checkCard(this.typed, this.today, true)
    if (checked.card === null) return Promise.reject(new CardInvalid(checked.errors))
    return Promise.resolve(checked.card)
  }
}
