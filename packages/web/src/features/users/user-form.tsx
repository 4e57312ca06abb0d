// Create an account (role, unit, e-mail, first password), change its e-mail or reset its password,
// with Vietnamese field errors.
import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountRole, Unit, User } from '@dti/contract';
import { createUser, updateUser } from '../../api/users';
import { ErrorAlert } from '../session/error-alert';
import { foldedOptionsFilter } from '../units/folded-options-filter';

/** Every account role, in the order the form offers them. */
export const roleOptions: readonly AccountRole[] = [
  'admin',
  'unit_officer',
  'unit_head',
  'council_member',
  'leader',
];
const unitBound: readonly AccountRole[] = ['unit_officer', 'unit_head'];

/** The check the server's schema makes, close enough to answer before sending. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail field's value → `null` when empty, the trimmed address, or `undefined` when malformed. */
export function parseEmail(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return emailPattern.test(trimmed) && trimmed.length <= 254 ? trimmed : undefined;
}

/** Sending a form: busy while the request runs, and the server's error when it fails. */
function useSend() {
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async (request: () => Promise<User>, onSaved: (user: User) => void) => {
    setBusy(true);
    setServerError(null);
    try {
      onSaved(await request());
    } catch (caught) {
      setServerError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, serverError, send };
}

function checkPassword(
  password: string,
  confirm: string,
  t: (key: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < 8) errors.password = t('users.form.passwordShort');
  if (confirm !== password) errors.confirm = t('users.form.passwordMismatch');
  return errors;
}

/** The new-account form. */
export function UserCreateForm({
  units,
  onSaved,
}: {
  units: readonly Unit[];
  onSaved: (user: User) => void;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<AccountRole | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, serverError, send } = useSend();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkPassword(password, confirm, t);
    if (!/^[a-z0-9][a-z0-9._-]{1,49}$/.test(username.trim()))
      found.username = t('users.form.usernameInvalid');
    if (!fullName.trim()) found.fullName = t('common.required');
    if (!role) found.role = t('common.required');
    if (role && unitBound.includes(role) && !unitId) found.unit = t('users.form.unitRequired');
    const address = parseEmail(email);
    if (address === undefined) found.email = t('users.form.emailInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0 || !role) return;
    await send(
      () =>
        createUser({
          username: username.trim(),
          fullName: fullName.trim(),
          role,
          unitId: unitId ? Number(unitId) : null,
          email: address ?? null,
          password,
        }),
      onSaved,
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {serverError ? <ErrorAlert error={serverError} title={t('users.form.saveFailed')} /> : null}
        <TextInput
          label={t('users.form.username')}
          description={t('users.form.usernameHint')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={errors.username}
          autoComplete="off"
          required
        />
        <TextInput
          label={t('users.form.fullName')}
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={errors.fullName}
          required
        />
        <Select
          label={t('users.form.role')}
          data={roleOptions.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={setRole}
          error={errors.role}
          required
        />
        <Select
          label={t('users.form.unit')}
          description={t('users.form.unitHint')}
          data={units.map((u) => ({ value: String(u.id), label: `${u.name} (${u.code})` }))}
          value={unitId}
          onChange={setUnitId}
          error={errors.unit}
          searchable
          clearable
          limit={50}
          filter={foldedOptionsFilter}
          required={role !== null && unitBound.includes(role)}
        />
        <TextInput
          label={t('users.form.email')}
          description={t('users.form.emailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          autoComplete="off"
        />
        <PasswordInput
          label={t('users.form.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        <PasswordInput
          label={t('users.form.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={errors.confirm}
          autoComplete="new-password"
          required
        />
        <Button type="submit" loading={busy}>
          {t('users.form.create')}
        </Button>
      </Stack>
    </form>
  );
}

/** The reset-password form (the account is signed out everywhere). */
export function PasswordResetForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, serverError, send } = useSend();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkPassword(password, confirm, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await send(() => updateUser(user.id, { password }), onSaved);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {serverError ? <ErrorAlert error={serverError} title={t('users.form.saveFailed')} /> : null}
        <TextInput label={t('users.form.username')} value={user.username} disabled />
        <PasswordInput
          label={t('users.form.newPassword')}
          description={t('users.form.resetHint')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        <PasswordInput
          label={t('users.form.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={errors.confirm}
          autoComplete="new-password"
          required
        />
        <Button type="submit" loading={busy}>
          {t('users.resetPassword')}
        </Button>
      </Stack>
    </form>
  );
}

/** The e-mail form of an existing account (empty removes the address). */
export function UserEmailForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user.email ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const { busy, serverError, send } = useSend();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = parseEmail(email);
    setError(address === undefined ? t('users.form.emailInvalid') : undefined);
    if (address === undefined) return;
    await send(() => updateUser(user.id, { email: address }), onSaved);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {serverError ? <ErrorAlert error={serverError} title={t('users.form.saveFailed')} /> : null}
        <TextInput label={t('users.form.username')} value={user.username} disabled />
        <TextInput
          label={t('users.form.email')}
          description={t('users.form.emailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={error}
          autoComplete="off"
        />
        <Button type="submit" loading={busy}>
          {t('users.form.saveEmail')}
        </Button>
      </Stack>
    </form>
  );
}
