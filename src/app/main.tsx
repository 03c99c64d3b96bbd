import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getWasmConnector } from '../db/wasm-connector';
import '../ui/app.css';

// Boot: DuckDB-WASM (a 34–39 MB engine to fetch and compile, ≈ 3 s) starts before the app's own
// code (MapLibre, the panels…) is downloaded and evaluated; the start-up import awaits the same
// connector and reports a failed start itself.
getWasmConnector().catch(() => undefined);
const { App } = await import('./App');

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
