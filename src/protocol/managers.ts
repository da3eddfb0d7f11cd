import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './constants.ts';

/** A manager signs in with an e-mail address and a password. */

/** `POST /api/manager/login`. */
export const loginBody = z.object({
  email: z.string({ error: 'Expected an e-mail address.' }).trim().toLowerCase().max(254).pipe(z.email('Expected an e-mail address.')),
  password: z.string({ error: 'Expected a password.' }).min(1, 'Must not be empty.').max(PASSWORD_MAX_LENGTH),
});
export type SignInRequest = z.input<typeof loginBody>;

/** The signed-in manager (`POST /api/manager/login`, `GET /api/manager/me`). */
export interface Manager {
  id: string;
  email: string;
  name: string;
}
