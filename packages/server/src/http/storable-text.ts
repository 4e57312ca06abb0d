// Applies the contract's text rule to every request: a NUL character in a path parameter, a query
// value or a JSON field is a 400 VALIDATION listing each place, before any route reads it (so it never
// reaches the database, not even the sign-in throttle).
import type { FastifyInstance } from 'fastify';
import { findUnstorableText } from '@dti/contract';
import { AppError } from '../services/shared/app-error';

/** Refuses requests whose params, query or JSON body hold text the database cannot store. */
export function registerStorableTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const problems = [
      ...findUnstorableText(request.params, 'params'),
      ...findUnstorableText(request.query, 'querystring'),
      ...findUnstorableText(request.body, 'body'),
    ];
    if (problems.length > 0) {
      done(
        new AppError(
          'VALIDATION',
          `Yêu cầu không hợp lệ: ${problems.length} chỗ chứa ký tự không lưu được (NUL).`,
          problems,
        ),
      );
      return;
    }
    done();
  });
}
