import crypto from "node:crypto";

/**
 * Tokens of the links we hand out (first-start setup, class invitations). 32 random bytes
 * are unguessable; only the SHA-256 is stored, so a database leak reveals no usable link.
 */
export function newLinkToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}
