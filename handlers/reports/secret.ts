import { randomBytes, randomInt, scryptSync, timingSafeEqual } from "node:crypto";

// The anonymous reporter's follow-up passphrase: 20 characters drawn one by one from a CSPRNG
// (crypto.randomInt, unbiased) over Crockford's base32 alphabet (no I, L, O, U: nothing to misread
// when copied by hand), 100 bits in all, shown in groups of four. Only a scrypt hash is stored.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PASSPHRASE_CHARS = 20;
// N = 2^15, r = 8: about 32 MiB and a few tens of milliseconds per try, which together with the
// per-code limit on wrong tries makes guessing hopeless.
const SCRYPT = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LEN = 32;

/** A new passphrase, e.g. "K7QM 3XTP 9HWD 2RFA 8NCE". */
export function generatePassphrase(): string {
  let out = "";
  for (let i = 0; i < PASSPHRASE_CHARS; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out.match(/.{4}/g)!.join(" ");
}

/** What was typed, as the passphrase it stands for: case, spaces and dashes ignored; O→0, I/L→1. */
export function normalizePassphrase(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

function derive(normalized: string, salt: Buffer, p: { N: number; r: number; p: number }): Buffer {
  return scryptSync(normalized, salt, KEY_LEN, { ...p, maxmem: SCRYPT.maxmem });
}

/** "scrypt$N$r$p$salt$hash" (base64url); the passphrase itself is never stored. */
export function hashPassphrase(passphrase: string): string {
  const salt = randomBytes(16);
  const key = derive(normalizePassphrase(passphrase), salt, SCRYPT);
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

let dummyHash: string | undefined;

/**
 * True when `typed` is the passphrase of `stored`. Without a stored hash (no such report) the same
 * work is done against a dummy, so the time taken does not tell whether the code exists.
 */
export function verifyPassphrase(typed: string, stored: string | undefined): boolean {
  const [scheme, n, r, p, salt, hash] = (stored ?? (dummyHash ??= hashPassphrase(generatePassphrase()))).split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const got = derive(normalizePassphrase(typed), Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return stored !== undefined && got.length === expected.length && timingSafeEqual(got, expected);
}
