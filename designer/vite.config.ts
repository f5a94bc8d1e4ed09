import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The designer is served by the server under /designer/ (server/src/routes/designerAssets.ts). */
export default defineConfig({
  base: '/designer/',
  plugins: [react()],
  // A staff app: one bundle (form-model brings Ajv and the Markdown sanitizer) is fine.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
