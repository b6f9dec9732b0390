// Motor vehicles and the bindings (备案) of non-owned vehicles to drivers.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, units } from './people'

export const vehicles = sqliteTable(
  'vehicles',
  {
    id: text('id').primaryKey(),
    plate: text('plate').notNull(),
    /** 号牌种类 code, e.g. 02 小型汽车, 52 小型新能源汽车. */
    plateType: text('plate_type').notNull(),
    /** 使用性质 code, A 非营运 … (FACTS §4). */
    useCode: text('use_code').notNull(),
    /** Brand and model as registered, e.g. "大众牌FV7152". */
    model: text('model').notNull(),
    /** Status letters (rules/vehicle-status.ts): A 正常, B 转出, C 被盗抢, E 注销, M 强制注销, P 达到报废标准, … */
    status: text('status').notNull(),
    /**
     * What the vehicle is for licence purposes (rules/calculators/license-coverage.ts VehicleKind:
     * small_car, large_truck, …), derived by central from the registered 车辆类型. The plate type
     * alone cannot tell it (a 01 plate is a bus, a lorry or a tractor; a 02 plate a manual or an
     * automatic car). Null when the record arrived without it: the rules then cannot say whether
     * the driver's classes cover the vehicle, and the online verdict says so instead of guessing.
     */
    vehicleKind: text('vehicle_kind'),
    /** Under 重点备案 / 限制处理 in the central system: 12123 refuses self-service (seed 002 (4)). */
    restricted: integer('restricted', { mode: 'boolean' }).notNull().default(false),
    ownerType: text('owner_type', { enum: ['person', 'unit'] }).notNull(),
    ownerPersonId: text('owner_person_id').references(() => people.id),
    ownerUnitId: text('owner_unit_id').references(() => units.id),
    phone: text('phone'),
    registeredAt: text('registered_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('vehicles_plate').on(t.plate, t.plateType),
    index('vehicles_owner_person').on(t.ownerPersonId),
    index('vehicles_owner_unit').on(t.ownerUnitId),
    index('vehicles_phone').on(t.phone)
  ]
)

export const bindings = sqliteTable(
  'bindings',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    vehicleId: text('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    status: text('status', { enum: ['pending_review', 'active', 'unbound', 'rejected'] }).notNull(),
    /** How the owner consented: present at the window, QR code, or SMS code. */
    consent: text('consent', { enum: ['owner_present', 'qr_code', 'sms_code'] }).notNull(),
    boundAt: text('bound_at').notNull(),
    unboundAt: text('unbound_at'),
    channel: text('channel', { enum: ['window', 'app', 'web'] }).notNull()
  },
  (t) => [index('bindings_person').on(t.personId, t.status), index('bindings_vehicle').on(t.vehicleId, t.status)]
)
