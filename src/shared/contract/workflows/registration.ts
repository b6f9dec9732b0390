// Channels of the counter workflow: 面签注册: ID card reading, checks against the rules and central, personal and unit registration.
import { z } from 'zod'
import { channel, type ChannelSpec } from '../channel-spec'
import { emptyInput } from '../schemas'
import {
  MAX_LETTER_BASE64,
  applicantSchema,
  fieldErrorsSchema,
  idCardSchema,
  letterInputSchema,
  registrationCheckSchema,
  registrationSlipSchema,
  typedCardSchema,
  typedFieldsSchema,
  unitInputSchema
} from './registration-schemas'

export * from './registration-schemas'
export * from './letter-types'

const WINDOW_ROLES = ['clerk', 'supervisor'] as const
const phone = z.string().max(40)

export const registrationChannels = {
  /** Which ID card reader this workstation has (none: manual entry only). */
  'idcard:status': channel({
    access: 'session',
    roles: WINDOW_ROLES,
    input: emptyInput,
    output: z.strictObject({ reader: z.enum(['simulated', 'none']), readerName: z.string() })
  }),
  /**
   * Reads the document on the reader, or checks what the clerk typed from it. The simulated reader
   * can be asked for a brand-new identity instead of a person on file (demos and tests).
   */
  'idcard:read': channel({
    access: 'session',
    roles: WINDOW_ROLES,
    input: z.discriminatedUnion('source', [
      z.strictObject({ source: z.literal('reader'), newIdentity: z.boolean().optional() }),
      z.strictObject({ source: z.literal('manual'), card: typedCardSchema })
    ]),
    output: z.strictObject({ card: idCardSchema, source: z.enum(['reader', 'manual']) })
  }),
  /** Checks fields as the clerk types them, with the rules' validators; derives sex and birth date from an ID number. */
  'registration:validate': channel({
    access: 'session',
    roles: WINDOW_ROLES,
    input: typedFieldsSchema,
    output: z.strictObject({
      errors: fieldErrorsSchema,
      derived: z.strictObject({ gender: z.enum(['M', 'F']), birthDate: z.string() }).nullable()
    })
  }),
  /** May this person or unit register with this phone? Central answers uniqueness when online. */
  'registration:check': channel({
    access: 'session',
    roles: WINDOW_ROLES,
    input: z.strictObject({ applicant: applicantSchema, phone }),
    output: registrationCheckSchema
  }),
  /** Registers the account (one transaction: rows, audit, outbox); the answer is the slip to print. */
  'registration:submit': channel({
    access: 'session',
    roles: WINDOW_ROLES,
    // A unit's authorisation letter travels in this request (base64), up to MAX_LETTER_BYTES.
    maxRequestBytes: MAX_LETTER_BASE64 + 64 * 1024,
    input: z.strictObject({
      applicant: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('person'), card: idCardSchema }),
        z.strictObject({ kind: z.literal('unit'), unit: unitInputSchema, manager: idCardSchema, letter: letterInputSchema })
      ]),
      phone,
      /** The clerk checked the document against the person at the window (required, audited). */
      identityConfirmed: z.boolean(),
      /** The verified SMS challenge of the phone (sms:send / sms:verify); null only while central is unreachable. */
      challengeId: z.uuid().nullable(),
      /** Put the phone on the driver and vehicle records too (offered when they differ). */
      changeRecordPhones: z.boolean()
    }),
    output: registrationSlipSchema
  })
} as const satisfies Record<string, ChannelSpec>
