import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  randomFillSync,
  type KeyObject,
} from "node:crypto";

// Declaration contents are personal and sensitive: they are stored only as AES-256-GCM blobs
// ("v1.<iv>.<tag>.<ciphertext>", base64url) so the database file never holds them in clear.
export interface Cipher {
  encrypt(value: unknown): string;
  decrypt(blob: string): unknown;
}

export function createCipher(keyBytes: Buffer): Cipher {
  if (keyBytes.length !== 32) throw new Error("encryption key must be 32 bytes");
  // A KeyObject is imported once; a Buffer key is imported again by every cipher made with it.
  const key = createSecretKey(keyBytes);
  return {
    encrypt(value) {
      const iv = nextIv();
      const c = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([c.update(JSON.stringify(value), "utf8"), c.final()]);
      return ["v1", iv.toString("base64url"), c.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
    },
    decrypt(blob) {
      const [version, iv, tag, body] = blob.split(".");
      if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unknown ciphertext format");
      const d = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      d.setAuthTag(Buffer.from(tag, "base64url"));
      const text = Buffer.concat([d.update(Buffer.from(body, "base64url")), d.final()]).toString("utf8");
      return JSON.parse(text) as unknown;
    },
  };
}

// IVs are drawn from the system's CSPRNG a few hundred at a time: one call per IV cost more than
// the encryption it serves (bench:load profile). Each IV is copied out before the pool is refilled.
const IV_BYTES = 12;
const ivPool = Buffer.alloc(IV_BYTES * 256);
let ivUsed = ivPool.length;

function nextIv(): Buffer {
  if (ivUsed + IV_BYTES > ivPool.length) {
    randomFillSync(ivPool);
    ivUsed = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivUsed, ivUsed + IV_BYTES));
  // Zeroed once taken, so that no byte of the pool is handed out twice, even by a bug here.
  ivPool.fill(0, ivUsed, ivUsed + IV_BYTES);
  ivUsed += IV_BYTES;
  return iv;
}

/** Accepts 64 hex characters or base64 of 32 bytes. */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== 32) throw new Error("DATA_KEY must be 32 bytes (64 hex characters or base64)");
  return key;
}

export function generateKey(): Buffer {
  return randomBytes(32);
}

// ── keys derived from the one secret ──────────────────────────────────────────────────────────
// The operator backs up one key. Everything else that needs a secret (the audit chain, the MACs
// over routing rows, the key check value) is derived from it with HKDF, so no second secret can
// be lost and none of them is ever stored.

export type KeyPurpose = "audit-chain" | "row-mac" | "key-check";

const HKDF_SALT = Buffer.from("kiem-soat-131/v1", "utf8");

/** A 32-byte subkey for one purpose (HKDF-SHA256); the same master and purpose always give the same subkey. */
export function deriveKey(master: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", master, HKDF_SALT, purpose, 32));
}

/** A key for hmacHex, imported once (a Buffer is imported again at every MAC). */
export function macKey(key: Buffer): KeyObject {
  return createSecretKey(key);
}

/** HMAC-SHA256 under `key`, hex. */
export function hmacHex(key: Buffer | KeyObject, text: string): string {
  return createHmac("sha256", key).update(text, "utf8").digest("hex");
}

/**
 * What the database stores to recognise its key: an HMAC of a fixed text under a derived subkey
 * (32 hex characters). It tells a right key from a wrong one and reveals nothing about the key.
 */
export function keyCheckValue(master: Buffer): string {
  return hmacHex(deriveKey(master, "key-check"), "key check").slice(0, 32);
}
