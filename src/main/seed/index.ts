// `seedDatabase`: deterministic, realistic demo/test/benchmark data, streamed into an empty
// database. Same seed and options → byte-identical rows, ids included. See generate.ts for the
// loop and the other files of this folder for each kind of row.
import type Database from 'better-sqlite3'
import type { SeedExample } from './examples'
import { Generator } from './generate'
import { SeedModel, type SeedOptions } from './model'
import { BulkWriter, type TableCounts } from './writer'

export type { SeedExample, ExampleKind } from './examples'
export type { SeedOptions, SeedProgress } from './model'
export type { TableCounts, TableName } from './writer'
export { TABLES } from './writer'

export interface SeedSummary {
  counts: TableCounts
  /** Sum of `counts`. */
  totalRows: number
  examples: SeedExample[]
}

export class SeedTargetNotEmptyError extends Error {
  constructor(readonly people: number) {
    super(`数据库中已有 ${people} 条人员记录，生成数据只能写入空数据库。`)
    this.name = 'SeedTargetNotEmptyError'
  }
}

/** Rows in the people table (the generator refuses a database that has any). */
export function countPeople(sqlite: Database.Database): number {
  return sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number
}

export function seedDatabase(sqlite: Database.Database, options: SeedOptions): SeedSummary {
  const existing = countPeople(sqlite)
  if (existing > 0) throw new SeedTargetNotEmptyError(existing)
  const model = new SeedModel(options)
  const writer = new BulkWriter(sqlite)
  const generator = new Generator(model, writer)
  writer.beginBulk()
  let failed = true
  try {
    generator.run(options.onProgress)
    failed = false
  } finally {
    writer.restore(failed)
  }
  const counts = { ...writer.counts }
  return {
    counts,
    totalRows: Object.values(counts).reduce((s, n) => s + n, 0),
    examples: generator.list()
  }
}
