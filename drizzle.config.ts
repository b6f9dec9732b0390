import { defineConfig } from 'drizzle-kit'

// Migrations are generated from the TypeScript schema, committed, and never edited afterwards.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/store/schema/index.ts',
  out: './src/main/store/migrations'
})
