import { defineConfig } from 'vite';

// Built by Maven (server module, exec-maven-plugin) into target/console and packed into the WAR under /admin.
export default defineConfig({
  base: '/admin/',
  build: {
    outDir: '../../../target/console',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
});
