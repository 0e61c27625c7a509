import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The renderer bundle. `base: './'` keeps every asset URL relative, so the same build loads
 * from file:// in Electron and from http:// on the headless host.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // zod's sources carry esbuild-style `@__PURE__` comments Rollup cannot place; it drops them
      // and says so at every build. Nothing to fix on our side: that one warning, from
      // node_modules only, is silenced; every other warning is printed.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]/.test(warning.id ?? '')) return;
        warn(warning);
      },
    },
  },
  server: { strictPort: true },
});
