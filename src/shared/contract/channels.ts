// The one contract between renderer and main. Every channel is a clerk's intent (`domain:verb`),
// declared once here with its input and output schema and who may call it. The preload exposes
// exactly these names, the web host routes exactly these names, and main validates every input.
import { z } from 'zod'
import { MAX_STRING } from './limits'
import {
  appInfoSchema,
  emptyInput,
  emptyOutput,
  entityId,
  personViewSchema,
  searchResultSchema,
  sessionStateSchema,
  syncStatusSchema,
  syncListSchema,
  processResultSchema
} from './schemas'
import { channel, type ChannelSpec } from './channel-spec'
import { workflowChannels } from './workflows'

export type { Access, ChannelSpec } from './channel-spec'

const password = z.string().min(1, '请输入密码').max(128, '密码过长')

export const channels = {
  'app:info': channel({ access: 'public', input: emptyInput, output: appInfoSchema }),
  'session:current': channel({ access: 'public', input: emptyInput, output: sessionStateSchema.nullable() }),
  'session:signIn': channel({
    access: 'public',
    input: z.strictObject({
      policeNo: z.string().trim().min(1, '请输入警号').max(16, '警号过长'),
      password
    }),
    output: sessionStateSchema
  }),
  'session:signOut': channel({ access: 'lockedSession', input: emptyInput, output: emptyOutput }),
  /** The renderer reports that the clerk is active, so main's idle clock restarts. */
  'session:keepAlive': channel({ access: 'session', input: emptyInput, output: sessionStateSchema }),
  /** The renderer's idle timer fired, or the clerk locked the screen on purpose. */
  'session:lock': channel({ access: 'lockedSession', input: emptyInput, output: sessionStateSchema }),
  'session:unlock': channel({ access: 'lockedSession', input: z.strictObject({ password }), output: sessionStateSchema }),
  'search:lookup': channel({
    access: 'session',
    input: z.strictObject({ query: z.string().max(MAX_STRING) }),
    output: searchResultSchema
  }),
  /** Opening a person's full record shows unmasked personal data, so main audits it. */
  'person:open': channel({
    access: 'session',
    input: z.strictObject({ personId: entityId }),
    output: personViewSchema
  }),
  /** Processing a violation at the window: a decision per violation, points onto the driver's cycle. */
  'violation:process': channel({
    access: 'session',
    roles: ['clerk', 'supervisor'],
    input: z.strictObject({
      violationId: entityId,
      personId: entityId,
      /** Warning codes the clerk confirmed telling the driver (WILL_REACH_12). */
      confirmed: z.array(z.string().max(64)).max(10)
    }),
    output: processResultSchema
  }),
  'sync:status': channel({ access: 'lockedSession', input: emptyInput, output: syncStatusSchema }),
  'sync:list': channel({ access: 'session', input: emptyInput, output: syncListSchema }),
  /** Try to reach central now instead of waiting for the next attempt. */
  'sync:now': channel({ access: 'session', input: emptyInput, output: syncStatusSchema }),
  /** A supervisor settles a rejected action: issue it again, void it, or escalate it to central. */
  'sync:resolve': channel({
    access: 'session',
    roles: ['supervisor'],
    input: z.strictObject({
      commandId: entityId,
      resolution: z.enum(['reissue', 'void', 'escalate']),
      comment: z.string().trim().max(200)
    }),
    output: syncListSchema
  }),
  // The counter workflows (面签注册, 手机号变更, 备案, 缴款, SMS codes), one file each in ./workflows.
  ...workflowChannels
} as const satisfies Record<string, ChannelSpec>

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>

export const channelNames = Object.keys(channels) as ChannelName[]

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name)
}
