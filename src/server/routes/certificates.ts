import type { FastifyInstance } from 'fastify';
import type { CertificateResponse } from '../../protocol/certificates.ts';
import { requireLearner } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { findCertificate, issueCertificate } from '../people/certificates.ts';
import type { RateLimit } from './rate-limits.ts';

export function certificateRoutes(app: FastifyInstance, ctx: ServerContext, limit: RateLimit): void {
  /** Issues (once) and returns the learner's certificate, if the server's record shows the course complete. */
  app.post('/api/me/certificate', async (request) => {
    const learner = await requireLearner(ctx, request);
    const result = await issueCertificate(ctx.db, ctx.course, learner);
    if (!result.ok) {
      throw new HttpError(409, 'not_complete', `The server's record does not show these chapters complete yet: ${result.missing.join(', ')}.`, {
        missing: result.missing,
      });
    }
    return { certificate: result.certificate, course: { id: ctx.course.courseId, title: ctx.course.title } } satisfies CertificateResponse;
  });

  /** Public: anyone holding a certificate's code can check it against the server's record. */
  app.get<{ Params: { code: string } }>('/api/verify/:code', { config: { rateLimit: limit } }, async (request) => {
    const certificate = await findCertificate(ctx.db, request.params.code.slice(0, 64));
    if (certificate === null) throw notFound('No certificate has this code. Check it character by character; a changed code is not valid.');
    return { certificate, course: { id: certificate.courseId, title: ctx.course.title } } satisfies CertificateResponse;
  });
}
