import { getWasmConnector } from '../db/wasm-connector';
import { fetchManifestFiles, startupManifestUrl } from './manifest-files';
import '../ui/app.css';

// Boot (this chunk is a few kB, evaluated as soon as the page is parsed): DuckDB-WASM (a 34–39 MB
// engine to fetch, compile and link, ≈ 3 s: the longest step of the start) and the start-up files
// are requested before React, MapLibre and the panels are downloaded and evaluated; the start-up
// import awaits the same connector and files, and reports a failed start itself.
getWasmConnector().catch(() => undefined);
fetchManifestFiles(startupManifestUrl()).catch(() => undefined);

const [{ StrictMode, createElement }, { createRoot }, { App }] = await Promise.all([
  import('react'),
  import('react-dom/client'),
  import('./App'),
]);
const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(createElement(StrictMode, null, createElement(App)));
