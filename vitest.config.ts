import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Keep the user's own settings out of the tests.
    env: { LINKCHECK_PLATFORM: '', LINKCHECK_RULES: '', NO_COLOR: '', FORCE_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' },
  },
});
