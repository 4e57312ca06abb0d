// The next things to do on the officer's home: the council's questions first, then the missing items
// and the items claiming points without evidence, by points at stake, each a link into the form.
import { Anchor, Badge, Card, Group, List, Text, Title } from '@mantine/core';
import type { OfficerNextItem, OfficerPeriod } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { assessmentItemHref } from '../../api/home-officer';
import { formatDateTime, formatPoints } from '../../i18n/format';

const kindColor: Record<OfficerNextItem['kind'], string> = {
  answer: '#a84300',
  missing: '#b02525',
  evidence: '#1864ab',
};

/** The next things, or what to do when there is none. */
export function OfficerNextList({ period }: { period: OfficerPeriod }) {
  const { t } = useTranslation();
  const empty = period.submittedAt
    ? t('officerHome.nothingSubmitted')
    : period.canWrite
      ? t('officerHome.nothingOpen')
      : t('officerHome.nothingClosed');
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="officer-next-title">
      <Title order={3} size="h4" id="officer-next-title">
        {t('officerHome.nextTitle')}
      </Title>
      {period.next.length === 0 ? (
        <Text size="sm" mt="xs" data-testid="officer-next-empty">
          {empty}
        </Text>
      ) : (
        <List type="ordered" spacing="xs" mt="xs" data-testid="officer-next">
          {period.next.map((item) => (
            <List.Item key={item.subCode} data-sub={item.subCode} data-kind={item.kind}>
              <Group gap={6} wrap="wrap">
                <Anchor
                  component={Link}
                  href={assessmentItemHref(period.year, item.subCode)}
                  size="sm"
                  fw={600}
                >
                  {item.subCode}. {item.name}
                </Anchor>
                <Badge size="sm" variant="light" color={kindColor[item.kind]} tt="none">
                  {t(`officerHome.kind.${item.kind}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t('officerHome.stake', {
                  points: formatPoints(item.points),
                  index: `${item.indexCode}. ${item.indexName}`,
                })}
                {item.answerUntil
                  ? ` · ${t('officerHome.answerUntil', { time: formatDateTime(item.answerUntil) })}`
                  : ''}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {period.nextMore > 0 ? (
        <Text size="sm" mt="xs" data-testid="officer-next-more">
          {t('officerHome.nextMore', { count: period.nextMore })}
        </Text>
      ) : null}
    </Card>
  );
}
