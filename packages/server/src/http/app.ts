// The HTTP application: Fastify with Zod validation, OpenAPI, cookies, security headers, the auth
// hook, the one error mapping, and every resource's routes.
import { constants as zlibConstants } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services/services';
import { anyone, type AccessRule } from './access';
import { registerAuditRoutes } from './audit.routes';
import { registerAuthHooks, SESSION_COOKIE } from './auth-hooks';
import { mapError, routeNotFound } from './error-mapping';
import { applyOperationContract } from './openapi-contract';
import { registerFrameworkRoutes, yamlMediaTypes } from './frameworks.routes';
import { registerHealthRoutes } from './health.routes';
import { registerSecurityHeaders } from './security-headers';
import { registerStorableTextCheck } from './storable-text';
import { registerSessionRoutes } from './session.routes';
import { importMediaTypes, registerUnitRoutes } from './units.routes';
import { registerUserRoutes } from './users.routes';
import multipart from '@fastify/multipart';
import { registerAssessmentRoutes } from './assessment.routes';
import { registerEvidenceRoutes } from './evidence.routes';
import { registerNotificationRoutes } from './notifications.routes';
import { registerPeriodRoutes } from './periods.routes';
import { registerResultsRoutes } from './results.routes';
import { registerReviewRoutes } from './review.routes';
import { registerObjectionRoutes } from './objections.routes';
import { registerAnalysisRoutes } from './analysis.routes';
import { registerDocumentsRoutes } from './documents.routes';
import { registerEffortWeightsRoutes } from './effort-weights.routes';
import { registerLineageWeightsRoutes } from './lineage-weights.routes';
import { registerMapRoutes } from './map.routes';
import { registerHomeRoutes } from './home.routes';
import { registerOfficerFormRoutes } from './officer-form.routes';
import { registerOfficerHomeRoutes } from './officer-home.routes';
import { registerCouncilAdminHomeRoutes } from './council-admin-home.routes';

/** Settings of the HTTP application. */
export interface HttpOptions {
  database: 'pglite' | 'postgres';
  cookieSecure: boolean;
  trustProxy: boolean;
  logger: boolean;
  /** The public address of the application (`servers` of the OpenAPI document). */
  publicUrl?: string;
}

/** One registered route and its declared access rule (the authorization matrix reads these). */
export interface RouteEntry {
  method: string;
  url: string;
  access: AccessRule | undefined;
}

/** Plugin routes (Swagger UI) that are public by their prefix, as they cannot declare a rule. */
const publicPrefixes = ['/api/docs'];

/** Builds the application (not listening). `routes` receives every registered route. */
export async function buildHttpApp(
  services: Services,
  options: HttpOptions,
): Promise<{ app: FastifyInstance; routes: RouteEntry[] }> {
  z.config(z.locales.vi());
  const app = Fastify({ logger: options.logger, trustProxy: options.trustProxy, bodyLimit: 2 * 1024 * 1024 });
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    if (publicPrefixes.some((p) => route.url.startsWith(p)))
      route.config = { ...route.config, access: anyone };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped.internal) request.log.error({ err: error }, 'internal error');
    if (mapped.headers) void reply.headers(mapped.headers);
    return reply.code(mapped.status).send(mapped.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const mapped = routeNotFound(request.method, request.url);
    return reply.code(mapped.status).send(mapped.body);
  });
  app.addContentTypeParser(
    [importMediaTypes.csv, importMediaTypes.xlsx],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser(yamlMediaTypes, { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // Brotli or gzip for every text answer (JSON, HTML, JS, CSS, CSV…) over 1 KB; registered first so
  // every route gets it. Quality 5: most of Brotli's gain at a small CPU cost (static assets are
  // precompressed at the highest quality at build time and served as they are).
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: services.evidence.maxBytes, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'DTI Lào Cai API',
        description:
          'API của hệ thống đánh giá chỉ số chuyển đổi số (DTI) tỉnh Lào Cai. Đăng nhập bằng POST /api/session; ' +
          'mọi yêu cầu POST/PATCH/DELETE phải gửi kèm tiêu đề x-csrf-token.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      applyOperationContract(
        jsonSchemaTransformObject(input) as Record<string, unknown>,
        routes,
        options.publicUrl ?? 'http://127.0.0.1:3000',
      ),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerSecurityHeaders(app, { hsts: options.cookieSecure });
  registerAuthHooks(app, services.sessions);
  registerStorableTextCheck(app);
  const cookies = { secure: options.cookieSecure };
  registerHealthRoutes(app, services, options.database, services.demo);
  registerSessionRoutes(app, services, cookies);
  registerUnitRoutes(app, services);
  registerUserRoutes(app, services);
  registerFrameworkRoutes(app, services);
  registerAuditRoutes(app, services);
  registerPeriodRoutes(app, services);
  registerAssessmentRoutes(app, services);
  registerEvidenceRoutes(app, services);
  registerReviewRoutes(app, services);
  registerObjectionRoutes(app, services);
  registerResultsRoutes(app, services);
  registerNotificationRoutes(app, services);
  registerDocumentsRoutes(app, services);
  registerAnalysisRoutes(app, services);
  registerEffortWeightsRoutes(app, services);
  registerLineageWeightsRoutes(app, services);
  registerMapRoutes(app, services);
  registerHomeRoutes(app, services);
  registerOfficerHomeRoutes(app, services);
  registerOfficerFormRoutes(app, services);
  registerCouncilAdminHomeRoutes(app, services);
  return { app, routes };
}
