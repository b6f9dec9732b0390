import { defineConfig } from 'drizzle-kit'

// Central's PostgreSQL migrations: generated from src/central/schema.ts, committed, append-only.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/central/schema.ts',
  out: './src/central/migrations'
})
