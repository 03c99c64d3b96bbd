/**
 * Vite plugin: the HTTP security headers of the built app. `npm start` (vite preview) sends them
 * on every response, and the build writes them for static hosts (`_headers`, SERVIR.md). The
 * Content-Security-Policy is the one the build also puts in a `<meta>` tag, plus what only a
 * header can say (`frame-ancestors`: the app is never framed by another site).
 */
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from './vite-demo-data-plugin.ts';

/**
 * The headers, by name: CSP, no MIME sniffing, no referrer (nothing about the user's files leaves
 * with a link), no framing, no camera/microphone/geolocation, an isolated browsing context.
 */
export function securityHeaders(
  basemapTilesUrl = process.env.VITE_BASEMAP_TILES,
): Record<string, string> {
  return {
    'Content-Security-Policy': `${buildContentSecurityPolicy(basemapTilesUrl)}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'perimetre-security-headers',
    configurePreviewServer(server) {
      const headers = securityHeaders();
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
