// The only wiring point: settings → database → migrations → store → services → HTTP application.
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { openDatabase, type Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { createStore, type Store } from './db/store';
import { buildHttpApp, type RouteEntry } from './http/app';
import { registerWebApp } from './http/web-app.routes';
import { ensureFirstAdmin, seedUnitsIfEmpty, startupActor } from './services/system/bootstrap.service';
import { seedDemoData, type DemoAccount } from './services/system/demo.service';
import { createMailer } from './services/notifications/mailer';
import { createServices, type Services } from './services/services';
import { systemClock } from './services/shared/clock';

/** An open database with its store and services. */
export interface Runtime {
  config: Config;
  database: Database;
  store: Store;
  services: Services;
  close(): Promise<void>;
}

/** What first start did, for the operator. */
export interface StartupReport {
  unitsSeeded: number;
  /** Set when the first administrator got a generated password: print it once. */
  generatedAdminPassword: string | undefined;
  adminCreated: boolean;
  frameworksLoaded: string[];
  frameworksFailed: string[];
  /** Demonstration data seeded on this start (DTI_DEMO on, no period yet), else undefined. */
  demo: { accounts: DemoAccount[]; years: number[]; millis: number } | undefined;
}

/** Opens the database named by the settings and applies migrations. */
export async function openRuntime(config: Config, options: { now?: () => Date } = {}): Promise<Runtime> {
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createStore(database.db);
  const services = createServices(store, config.sessions, options.now, {
    evidenceMaxBytes: config.evidenceMaxBytes,
    demo: config.demo,
    notify: {
      mailer: createMailer(config.notify.smtp),
      reminderDays: config.notify.reminderDays,
      publicUrl: config.notify.publicUrl,
    },
  });
  return {
    config,
    database,
    store,
    services,
    close: async () => {
      await services.notifyJob.settle();
      await services.analysis.close();
      await database.close();
    },
  };
}

/** First-start work, under a lock so two processes starting together do it once. */
export async function prepareRuntime(
  runtime: Runtime,
  options: { now?: () => Date } = {},
): Promise<StartupReport> {
  return runtime.database.withExclusiveLock(async () => {
    const unitsSeeded = await seedUnitsIfEmpty(
      runtime.store,
      runtime.config.seedReorganisations ? {} : { reorganisationsDir: null },
    );
    const admin = await ensureFirstAdmin(runtime.store, runtime.config.adminPassword);
    const frameworks = await runtime.services.frameworks.loadBuiltinFrameworks(startupActor);
    const demo = runtime.config.demo
      ? await seedDemoData(runtime, { now: (options.now ?? systemClock.now)() })
      : undefined;
    return {
      unitsSeeded,
      generatedAdminPassword: admin ?? undefined,
      adminCreated: admin !== undefined,
      frameworksLoaded: frameworks.loaded,
      frameworksFailed: Object.keys(frameworks.failed),
      demo: demo && { accounts: demo.accounts, years: demo.years, millis: demo.millis },
    };
  });
}

/** Builds the HTTP application over a runtime. */
export async function buildApp(
  runtime: Runtime,
  logger = runtime.config.log,
): Promise<{ app: FastifyInstance; routes: RouteEntry[] }> {
  return buildHttpApp(runtime.services, {
    database: runtime.database.kind,
    cookieSecure: runtime.config.cookieSecure,
    trustProxy: runtime.config.trustProxy,
    logger,
    publicUrl: runtime.config.notify.publicUrl,
  });
}

/** A listening server: what `dti serve`, the benchmarks and the browser tests all start. */
export interface RunningServer {
  runtime: Runtime;
  app: FastifyInstance;
  report: StartupReport;
  /** `http://host:port` it listens on. */
  url: string;
  /** Stops listening, then closes the runtime. */
  close(): Promise<void>;
}

/**
 * The one start-up path: open and migrate the database, first-start work, the HTTP application
 * (with the built web app when `webDistDir` is given), listen on the configured host and port.
 */
export async function startServer(
  config: Config,
  options: { webDistDir?: string; logger?: boolean; now?: () => Date } = {},
): Promise<RunningServer> {
  const runtime = await openRuntime(config, options.now ? { now: options.now } : {});
  try {
    const report = await prepareRuntime(runtime, options.now ? { now: options.now } : {});
    const { app } = await buildApp(runtime, options.logger ?? config.log);
    if (options.webDistDir !== undefined) await registerWebApp(app, { distDir: options.webDistDir });
    await app.listen({ port: config.port, host: config.host });
    return {
      runtime,
      app,
      report,
      url: `http://${config.host}:${config.port}`,
      close: async () => {
        await app.close();
        await runtime.close();
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

/**
 * The OpenAPI document of the application, built in-process over an empty in-memory PGlite (no
 * listening server, nothing migrated or seeded: the document does not depend on data).
 */
export async function buildOpenApiDocument(publicUrl: string): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const services = createServices(createStore(database.db), {
    ttlMinutes: 60,
    maxFailuresPerUser: 5,
    maxFailuresPerIp: 50,
    windowMinutes: 15,
    lockMinutes: 15,
  });
  try {
    const { app } = await buildHttpApp(services, {
      database: 'pglite',
      cookieSecure: false,
      trustProxy: false,
      logger: false,
      publicUrl,
    });
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await services.analysis.close();
    await database.close();
  }
}
