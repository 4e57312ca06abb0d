// Prepares what the flows need through the API, whatever demo data the server brings: the open
// period (the demo opens the current year in Vietnam time; created when absent) with a deadline ahead, a commune, its officer and head, and a council member.
import { adminPassword } from './global-setup';

/** An API session (cookie and CSRF token). */
export interface ApiSession {
  call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** Signs in through the API. */
export async function apiSignIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in ${username}: ${response.status} ${await response.text()}`);
  const info = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const r = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': info.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}

/**
 * Makes sure a period is running (open, closed or under review): other flows on this server may have
 * taken the demo's open year through to publication, and then the next year is created and opened.
 */
export async function ensureRunningPeriod(baseUrl: string): Promise<void> {
  const admin = await apiSignIn(baseUrl, 'admin', adminPassword);
  const periods = await admin.call<{ year: number; state: string }[]>('GET', '/api/periods');
  if (periods.body.some((p) => ['open', 'closed', 'under_review'].includes(p.state))) return;
  const year = Math.max(...periods.body.map((p) => p.year)) + 1;
  const created = await admin.call('POST', '/api/periods', { year, frameworkId: 'LC-3019-2023' });
  if (created.status !== 201) throw new Error(`create period ${year}: ${JSON.stringify(created.body)}`);
  const opened = await admin.call('POST', `/api/periods/${year}/state`, { state: 'open' });
  if (opened.status !== 200) throw new Error(`open period ${year}: ${JSON.stringify(opened.body)}`);
}

/** What the flows use. */
export interface Fixture {
  year: number;
  commune: { id: number; code: string; name: string };
  officer: { username: string; password: string };
  head: { username: string; password: string };
  council: { username: string; password: string; id: number };
  admin: { username: string; password: string };
}

const password = 'e2e-Passw0rd-2024';

async function ensureUser(
  admin: ApiSession,
  username: string,
  role: string,
  unitId: number | null,
): Promise<number> {
  const created = await admin.call<{ id: number }>('POST', '/api/users', {
    username,
    fullName: `E2E ${username}`,
    role,
    unitId,
    password,
  });
  if (created.status === 201 || created.status === 200) return created.body.id;
  const list = await admin.call<{ id: number; username: string }[]>('GET', '/api/users');
  const found = list.body.find((u) => u.username === username);
  if (!found) throw new Error(`cannot create ${username}: ${created.status} ${JSON.stringify(created.body)}`);
  return found.id;
}

/** Sets up the period, the unit and the accounts. */
export async function prepareFixture(baseUrl: string): Promise<Fixture> {
  const admin = await apiSignIn(baseUrl, 'admin', adminPassword);
  const listed = await admin.call<{ year: number; state: string }[]>('GET', '/api/periods');
  const current = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
  );
  const year = listed.body.find((p) => p.state === 'open' || p.state === 'draft')?.year ?? current;
  let period = await admin.call<{ state: string; deadlines: { setId: string }[] }>(
    'GET',
    `/api/periods/${year}`,
  );
  if (period.status === 404) {
    const created = await admin.call<{ state: string; deadlines: { setId: string }[] }>(
      'POST',
      '/api/periods',
      {
        year,
        frameworkId: 'LC-3019-2023',
      },
    );
    if (created.status !== 201) throw new Error(`create period: ${JSON.stringify(created.body)}`);
    period = created;
  }
  if (period.body.state === 'draft')
    await admin.call('POST', `/api/periods/${year}/state`, { state: 'open' });
  const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().replace('Z', '+00:00');
  const deadlines = Object.fromEntries(period.body.deadlines.map((d) => [d.setId, ahead]));
  const moved = await admin.call('PATCH', `/api/periods/${year}`, { deadlines });
  if (moved.status !== 200) throw new Error(`move deadlines: ${JSON.stringify(moved.body)}`);
  const communes = await admin.call<{ id: number; code: string; name: string }[]>(
    'GET',
    '/api/units?kind=commune',
  );
  const commune = communes.body[0];
  if (!commune) throw new Error('no commune in the unit registry');
  await ensureUser(admin, 'e2e.officer', 'unit_officer', commune.id);
  await ensureUser(admin, 'e2e.head', 'unit_head', commune.id);
  const councilId = await ensureUser(admin, 'e2e.council', 'council_member', null);
  return {
    year,
    commune,
    officer: { username: 'e2e.officer', password },
    head: { username: 'e2e.head', password },
    council: { username: 'e2e.council', password, id: councilId },
    admin: { username: 'admin', password: adminPassword },
  };
}
