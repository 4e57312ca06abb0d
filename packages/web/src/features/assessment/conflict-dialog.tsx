// A colleague saved the same item meanwhile: their values beside mine, who and when, and the
// choice of keeping theirs or writing mine on top of their version.
import { Button, Group, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ItemValues } from '@dti/contract';
import type { SubIndex } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { describeValue, inputsOf } from './item-values';
import type { ItemConflict } from './use-autosave';

/** Props of `ConflictDialog`. */
export interface ConflictDialogProps {
  sub: SubIndex;
  mine: ItemValues;
  conflict: ItemConflict;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}

/** The conflict dialog of one item. */
export function ConflictDialog({ sub, mine, conflict, onKeepTheirs, onOverwrite }: ConflictDialogProps) {
  const { t } = useTranslation();
  const who = conflict.updatedBy ?? t('cycle.someone');
  const when = conflict.updatedAt ? formatDateTime(conflict.updatedAt) : '';
  return (
    <Modal
      opened
      onClose={onKeepTheirs}
      title={t('cycle.conflictTitle', { code: sub.code })}
      size="lg"
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <Stack>
        <Text size="sm">{t('cycle.conflictText', { who, when })}</Text>
        <Table.ScrollContainer type="native" tabIndex={0} minWidth={300}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cycle.input')}</Table.Th>
                <Table.Th>{t('cycle.theirs', { who })}</Table.Th>
                <Table.Th>{t('cycle.mine')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inputsOf(sub).map((input) => {
                const a = describeValue(sub, input, conflict.values[input.key]);
                const b = describeValue(sub, input, mine[input.key]);
                return (
                  <Table.Tr key={input.key} {...(a !== b ? { bg: 'yellow.0' } : {})}>
                    <Table.Td>{input.label}</Table.Td>
                    <Table.Td>{a}</Table.Td>
                    <Table.Td>{b}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Button variant="default" onClick={onKeepTheirs}>
            {t('cycle.keepTheirs')}
          </Button>
          <Button color="#a84300" onClick={onOverwrite}>
            {t('cycle.overwrite')}
          </Button>
        </SimpleGrid>
        <Group>
          <Text size="xs" c="dimmed">
            {t('cycle.conflictHint')}
          </Text>
        </Group>
      </Stack>
    </Modal>
  );
}
