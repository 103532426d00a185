import helmet from "helmet";

/**
 * Helmet's headers with a CSP that fits the built client: scripts and styles only from our
 * own origin (Vite emits external module scripts and CSS files), inline style attributes
 * allowed (React's `style` props), data: images for small inlined assets. No
 * upgrade-insecure-requests: the app is served over plain HTTP on a LAN or localhost, where
 * upgrading would break every asset.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      "script-src": ["'self'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "connect-src": ["'self'"],
      "upgrade-insecure-requests": null,
    },
  },
});
