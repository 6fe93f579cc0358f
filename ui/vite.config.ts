import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react-swc';
import tailwindcss from '@tailwindcss/vite';

const backend = process.env.ALBATROSS_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  // The stack is fixed on SWC, so the plugin's hint about switching to oxc is silenced.
  plugins: [react({ disableOxcRecommendation: true }), tailwindcss()],
  // sockjs-client reads the Node-style `global`.
  define: { global: 'globalThis' },
  server: {
    // A regular expression, so client routes such as /api-keys stay with the app.
    proxy: {
      '^/api/': { target: backend, changeOrigin: true, ws: true },
      '/health': { target: backend, changeOrigin: true },
    },
  },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'ui-kit', test: /node_modules[\\/](@headlessui|@floating-ui|@react-aria|@tanstack)[\\/]/ },
            { name: 'live', test: /node_modules[\\/](sockjs-client|@vertx|url-parse|debug|eventsource|faye-websocket|inherits|querystringify|requires-port|ms)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // finds wait up to 5 s (src/test/setup.ts); a test of several must not be cut off before they do
    testTimeout: 20_000,
  },
});
