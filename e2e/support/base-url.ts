/** Where the e2e server listens (port 3100 unless E2E_PORT says otherwise). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
