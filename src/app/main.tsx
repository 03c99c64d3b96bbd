import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/app.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
