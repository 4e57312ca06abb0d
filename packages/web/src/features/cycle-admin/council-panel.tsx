// Council set-up: assign a member to a unit or to a main index of a set. The server refuses a
// member's own agency (COUNCIL_OWN_UNIT); its message is shown as it comes.
import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { CompletenessSet } from '@dti/contract';
import type { Framework } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { createAssignment, deleteAssignment, listAssignments } from '../../api/review';
import { listUsers } from '../../api/users';
import { useAsync } from '../../api/use-async';
import { compareVietnamese } from '@dti/core';
import { ErrorAlert } from '../session/error-alert';

/** Props of `CouncilPanel`. */
export interface CouncilPanelProps {
  year: number;
  framework: Framework | undefined;
  sets: readonly CompletenessSet[];
}

/** The council set-up panel. */
export function CouncilPanel({ year, framework, sets }: CouncilPanelProps) {
  const { t } = useTranslation();
  const assignments = useAsync((signal) => listAssignments(year, signal), [year]);
  const users = useAsync((signal) => listUsers(signal), []);
  const [mode, setMode] = useState<'unit' | 'index'>('unit');
  const [member, setMember] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [setId, setSetId] = useState<string | null>(null);
  const [indexCode, setIndexCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const members = (users.data ?? []).filter((u) => u.role === 'council_member' && u.active);
  const units = sets
    .flatMap((s) => s.units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const chosenSet = framework?.sets.find((s) => s.id === setId);
  const ready = member !== null && (mode === 'unit' ? unit !== null : setId !== null && indexCode !== null);
  const assign = async () => {
    if (!ready || member === null) return;
    setBusy(true);
    setError(null);
    try {
      await createAssignment(
        year,
        mode === 'unit'
          ? { memberId: Number(member), unitCode: unit ?? '' }
          : { memberId: Number(member), setId: setId ?? '', indexCode: indexCode ?? '' },
      );
      assignments.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: number) => {
    setError(null);
    try {
      await deleteAssignment(year, id);
      assignments.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t('cycle.assignMember')}
        </Title>
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t('cycle.assignBy')}
            value={mode}
            onChange={(v) => setMode(v === 'index' ? 'index' : 'unit')}
            data={[
              { value: 'unit', label: t('cycle.byUnit') },
              { value: 'index', label: t('cycle.byIndex') },
            ]}
            w="fit-content"
          />
          <Group align="flex-end" gap="xs">
            <Select
              label={t('cycle.member')}
              data={members.map((m) => ({ value: String(m.id), label: m.fullName }))}
              value={member}
              onChange={setMember}
              searchable
              w={240}
            />
            {mode === 'unit' ? (
              <Select
                label={t('cycle.unit')}
                data={units}
                value={unit}
                onChange={setUnit}
                searchable
                w={300}
              />
            ) : (
              <>
                <Select
                  label={t('cycle.set')}
                  data={(framework?.sets ?? []).map((s) => ({ value: s.id, label: s.name }))}
                  value={setId}
                  onChange={(v) => {
                    setSetId(v);
                    setIndexCode(null);
                  }}
                  w={260}
                />
                <Select
                  label={t('cycle.mainIndex')}
                  data={(chosenSet?.indices ?? []).map((i) => ({
                    value: i.code,
                    label: `${i.code}. ${i.name}`,
                  }))}
                  value={indexCode}
                  onChange={setIndexCode}
                  w={260}
                />
              </>
            )}
            <Button onClick={() => void assign()} loading={busy} disabled={!ready}>
              {t('cycle.assign')}
            </Button>
          </Group>
          {error ? <ErrorAlert error={error} /> : null}
        </Stack>
      </Card>
      {assignments.error ? <ErrorAlert error={assignments.error} /> : null}
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={360}>
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cycle.member')}</Table.Th>
              <Table.Th>{t('cycle.assignment')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(assignments.data ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.memberName}</Table.Td>
                <Table.Td>
                  {a.unitCode
                    ? t('cycle.assignedUnit', { unit: a.unitCode })
                    : t('cycle.assignedIndex', { set: a.setId, index: a.indexCode })}
                </Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('cycle.unassign', { name: a.memberName })}
                    onClick={() => void remove(a.id)}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {assignments.data && assignments.data.length === 0 ? (
        <Text c="dimmed">{t('cycle.noAssignmentsYet')}</Text>
      ) : null}
    </Stack>
  );
}
