// The identity document at the window and the reader that produces it. A reader is anything that
// yields an IdCard: the keyboard (the clerk types what the card says), the simulated reader of
// demos and tests, or a real card reader. A real reader's SDK plugs in HERE: implement
// IdCardReader around the vendor's read call (the chip gives name, sex, birth date, number,
// address, validity and issuer), add its kind to WorkstationConfig.idCardReader and to
// createIdCardReader. Whatever the source, main checks the card with card-rules.ts before use.
import type { IdCard } from '../../../shared/contract/workflows/registration'

export type { IdCard } from '../../../shared/contract/workflows/registration'

export type IdCardReaderKind = 'manual' | 'simulated'

export interface IdCardReader {
  readonly kind: IdCardReaderKind
  /** Reads one document; throws DomainError with the field and a Chinese reason when it cannot. */
  read(): Promise<IdCard>
}

/** 居民身份证 / 军官证 …, as printed on the slip and in the history. */
export function documentName(card: Pick<IdCard, 'idType' | 'militaryDocument'>): string {
  if (card.idType === 'resident') return '居民身份证'
  return { C: '军官证', D: '士兵证', E: '军官离退休证' }[card.militaryDocument ?? 'C']
}
