import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes the built files work from any folder of any static web server.
export default defineConfig({
  plugins: [react()],
  base: './',
  server: { port: 5173 },
  preview: { port: 4173 },
});
