// What the editing flows need, apart from the cycle flow's unit: an open period with its deadline
// ahead (the open one, else the current year, created here), a second commune and two of its
// officers, so they can edit the same items at once.
import { apiSignIn, type ApiSession } from './api-fixture';
import { adminPassword } from './global-setup';

/** The editing flows' period, unit and accounts. */
export interface EditingFixture {
  admin: ApiSession;
  year: number;
  dataFrom: string;
  commune: { id: number; code: string; name: string };
  editors: [{ username: string; password: string }, { username: string; password: string }];
}

const password = 'e2e-Edit-Passw0rd';

interface PeriodBody {
  year: number;
  state: string;
  dataFrom: string;
  deadlines: { setId: string }[];
}

async function ensureOfficer(admin: ApiSession, username: string, unitId: number): Promise<void> {
  const created = await admin.call('POST', '/api/users', {
    username,
    fullName: `E2E ${username}`,
    role: 'unit_officer',
    unitId,
    password,
  });
  if (created.status !== 201 && created.status !== 200 && created.status !== 409)
    throw new Error(`cannot create ${username}: ${created.status} ${JSON.stringify(created.body)}`);
}

/** Opens (or finds) the period and prepares the unit and its two officers. */
export async function prepareEditing(baseUrl: string): Promise<EditingFixture> {
  const admin = await apiSignIn(baseUrl, 'admin', adminPassword);
  const periods = await admin.call<PeriodBody[]>('GET', '/api/periods');
  let period = periods.body.find((p) => p.state === 'open');
  if (!period) {
    const draft = periods.body.find((p) => p.state === 'draft');
    if (draft) period = draft;
    else {
      // the demo's open year may have been taken to publication by another flow: the next year
      const created = await admin.call<PeriodBody>('POST', '/api/periods', {
        year: Math.max(...periods.body.map((p) => p.year)) + 1,
        frameworkId: 'LC-3019-2023',
      });
      if (created.status !== 201) throw new Error(`create period: ${JSON.stringify(created.body)}`);
      period = created.body;
    }
    const opened = await admin.call<PeriodBody>('POST', `/api/periods/${period.year}/state`, {
      state: 'open',
    });
    if (opened.status !== 200) throw new Error(`open period: ${JSON.stringify(opened.body)}`);
    period = opened.body;
  }
  const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().replace('Z', '+00:00');
  const deadlines = Object.fromEntries(period.deadlines.map((d) => [d.setId, ahead]));
  const moved = await admin.call('PATCH', `/api/periods/${period.year}`, { deadlines });
  if (moved.status !== 200) throw new Error(`move deadlines: ${JSON.stringify(moved.body)}`);
  const communes = await admin.call<{ id: number; code: string; name: string }[]>(
    'GET',
    '/api/units?kind=commune',
  );
  // the cycle flow uses the first commune; these flows take another one
  const commune = communes.body[1];
  if (!commune) throw new Error('fewer than two communes in the unit registry');
  await ensureOfficer(admin, 'e2e.editor.a', commune.id);
  await ensureOfficer(admin, 'e2e.editor.b', commune.id);
  return {
    admin,
    year: period.year,
    dataFrom: period.dataFrom,
    commune,
    editors: [
      { username: 'e2e.editor.a', password },
      { username: 'e2e.editor.b', password },
    ],
  };
}
