// Strengths or weaknesses of a unit as a titled list, or "none found": shared by the scorecard and
// the officer's home.
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One strength or weakness as the analysis explains it. */
export interface Finding {
  kind: string;
  code: string;
  name: string;
  explanation: string;
}

/** A titled list of findings; `limit` shows only the first ones. */
export function FindingsList({
  title,
  color,
  items,
  limit,
  testId,
}: {
  title: string;
  color: string;
  items: readonly Finding[] | undefined;
  limit?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const shown = items ? items.slice(0, limit ?? items.length) : [];
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={4} size="h6" c={color}>
        {title}
      </Title>
      {shown.length > 0 ? (
        <List size="sm" spacing={2}>
          {shown.map((s) => (
            <List.Item key={`${s.kind}-${s.code}`}>
              <b>{s.code}</b> {s.name}: {s.explanation}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('cycle.noneFound')}
        </Text>
      )}
    </Stack>
  );
}
