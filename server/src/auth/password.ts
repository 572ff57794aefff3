import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** OWASP's current scrypt recommendation (N = 2^17, r = 8, p = 1); the parameters are stored with each hash. */
const params = { N: 2 ** 17, r: 8, p: 1, keyLength: 64 };
/** Largest cost a stored hash may ask for, so a forged hash cannot exhaust memory. */
const maxN = 2 ** 20;

type Cost = { N: number; r: number; p: number; keyLength: number };

function derive(password: string, salt: Buffer, { N, r, p, keyLength }: Cost): Promise<Buffer> {
  // scrypt needs 128·N·r·p bytes; Node's default allowance (32 MiB) is below OWASP's cost.
  const maxmem = 128 * N * r * p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password with scrypt and a random salt, as `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (!(N >= 2 && N <= maxN && R >= 1 && R <= 32 && P >= 1 && P <= 16)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N, r: R, p: P, keyLength: expected.length });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, checked against when the email is unknown so timing does not tell. */
export const decoyPasswordHash = hashPassword(randomBytes(16).toString('hex'));
