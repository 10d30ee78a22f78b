import react from '@vitejs/plugin-react';
import zaloMiniApp from 'zmp-vite-plugin';
import { defineConfig } from 'vitest/config';

// zmp-vite-plugin reads ./app-config.json (run from miniapp/), sets base './' so the same build works
// under Zalo's /zapps/<id>/ and under our backend's /miniapp/, and writes www/app-config.json.
export default defineConfig({
  plugins: [react(), zaloMiniApp()],
  build: {
    outDir: 'www',
    emptyOutDir: true,
  },
  server: {
    // `npm start`: the backend runs on :3000; the dev server forwards the public API to it.
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // zmp-ui ships ES modules without "type": "module"; Node cannot load them as they are.
    server: { deps: { inline: ['zmp-ui'] } },
    clearMocks: true,
    // Page tests type and click through zmp-ui; on a busy 2-core CI machine one can take several
    // seconds, so the default 5 s limit failed correct tests. The limit is for hangs, not speed.
    testTimeout: 30_000,
  },
});
