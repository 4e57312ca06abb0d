// `/admin/users`: accounts with role and unit; create, reset password, lock/unlock.
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { compareVietnamese, foldVietnamese } from '@dti/core';
import type { User } from '@dti/contract';
import { listUnits } from '../api/units';
import { useAsync } from '../api/use-async';
import { listUsers, updateUser } from '../api/users';
import { ErrorAlert } from '../features/session/error-alert';
import { PasswordResetForm, UserCreateForm, UserEmailForm } from '../features/users/user-form';
import { formatDate } from '../i18n/format';

/** The accounts page. */
export default function UsersPage() {
  const { t } = useTranslation();
  const users = useAsync((signal) => listUsers(signal), []);
  const units = useAsync((signal) => listUnits({}, signal), []);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [editingEmail, setEditingEmail] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const unitName = useMemo(() => new Map(units.data?.map((u) => [u.id, u.name]) ?? []), [units.data]);
  const unitOptions = useMemo(
    () =>
      [...(units.data ?? [])]
        .filter((u) => u.validUntil === null)
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    [units.data],
  );
  const folded = foldVietnamese(query.trim());
  const rows = useMemo(
    () =>
      [...(users.data ?? [])]
        .filter(
          (u) =>
            !folded ||
            foldVietnamese(
              `${u.username} ${u.fullName} ${u.unitId ? (unitName.get(u.unitId) ?? '') : ''}`,
            ).includes(folded),
        )
        .sort((a, b) => compareVietnamese(a.fullName, b.fullName)),
    [users.data, folded, unitName],
  );

  const toggleActive = async (user: User) => {
    setActionError(null);
    try {
      await updateUser(user.id, { active: !user.active });
      setNotice(t(user.active ? 'users.locked' : 'users.unlocked', { username: user.username }));
      users.reload();
    } catch (caught) {
      setActionError(caught);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('users.add')}</Button>
      </Group>
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      {notice ? (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {users.error ? <ErrorAlert error={users.error} /> : null}
      {users.loading && !users.data ? <Loader aria-label={t('common.loading')} /> : null}
      {users.data ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.colName')}</Table.Th>
                <Table.Th>{t('users.colRole')}</Table.Th>
                <Table.Th>{t('users.colUnit')}</Table.Th>
                <Table.Th>{t('users.colStatus')}</Table.Th>
                <Table.Th>{t('users.colCreated')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {u.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {u.username} · {u.email ?? t('users.noEmail')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>{u.unitId ? (unitName.get(u.unitId) ?? `#${u.unitId}`) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={u.active ? 'teal.9' : 'gray.7'} tt="none">
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setResetting(u)}>
                        {t('users.resetPassword')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditingEmail(u)}>
                        {t('users.editEmail')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red.8"
                        onClick={() => void toggleActive(u)}
                      >
                        {u.active ? t('users.lock') : t('users.unlock')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('users.add')} size="lg">
        <UserCreateForm
          units={unitOptions}
          onSaved={(created) => {
            setCreating(false);
            setNotice(t('users.created', { username: created.username }));
            users.reload();
          }}
        />
      </Modal>
      <Modal opened={resetting !== null} onClose={() => setResetting(null)} title={t('users.resetPassword')}>
        {resetting ? (
          <PasswordResetForm
            user={resetting}
            onSaved={(saved) => {
              setResetting(null);
              setNotice(t('users.passwordReset', { username: saved.username }));
            }}
          />
        ) : null}
      </Modal>
      <Modal
        opened={editingEmail !== null}
        onClose={() => setEditingEmail(null)}
        title={t('users.editEmail')}
      >
        {editingEmail ? (
          <UserEmailForm
            user={editingEmail}
            onSaved={(saved) => {
              setEditingEmail(null);
              setNotice(t('users.emailSaved', { username: saved.username }));
              users.reload();
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
