// Serves the production build (dist/) on localhost and prints the URL. Used by `npm start`.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { port, host: '127.0.0.1', strictPort: false, open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nPérimètre est servi sur ${url}  (Ctrl+C pour arrêter)\n`);
