import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The production build goes straight into the Maven module's classes folder,
// so the jar holds public/index.html and public/assets/* for the backend to serve.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.js'],
    setupFiles: ['src/test/setup.js'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
