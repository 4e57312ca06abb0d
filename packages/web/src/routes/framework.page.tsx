// `/frameworks/:id`: one framework as a tree, and its effort weights per sub-index (edited by
// administrators, used by improvement plans).
import { Anchor, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Framework } from '@dti/core';
import { getFramework } from '../api/frameworks';
import { EffortWeightsEditor } from '../features/analysis/effort-weights-editor';
import { useAsync } from '../api/use-async';
import { FrameworkTree } from '../features/frameworks/framework-tree';
import { provenanceBadge } from '../features/frameworks/provenance-badge';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { formatDate } from '../i18n/format';

/** One framework. */
export default function FrameworkPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const detail = useAsync((signal) => getFramework(decodeURIComponent(id), signal), [id]);
  const framework = detail.data?.content as Framework | undefined;
  return (
    <Stack>
      <Anchor component={Link} href="/frameworks" size="sm">
        ← {t('frameworks.back')}
      </Anchor>
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {detail.loading && !framework ? <Loader aria-label={t('common.loading')} /> : null}
      {framework ? (
        <>
          <Title order={1} size="h3">
            {framework.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {framework.id}
            </Badge>
            {framework.decision ? (
              <Text size="sm">
                {t('frameworks.decision', {
                  number: framework.decision.number,
                  date: formatDate(framework.decision.date),
                  issuer: framework.decision.issuer,
                })}
              </Text>
            ) : null}
            <Badge {...provenanceBadge(framework.provenance)} tt="none">
              {t(`frameworks.provenance.${framework.provenance}`)}
            </Badge>
          </Group>
          {framework.provenance === 'reconstructed' ? (
            <Text size="sm" c="dimmed">
              {t('frameworks.reconstructedNote')}
            </Text>
          ) : null}
          <Tabs defaultValue="structure" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="structure">{t('analysis.structureTab')}</Tabs.Tab>
              <Tabs.Tab value="effort">{t('analysis.effortTab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="structure" pt="sm">
              <FrameworkTree framework={framework} />
            </Tabs.Panel>
            <Tabs.Panel value="effort" pt="sm">
              <EffortWeightsEditor framework={framework} canEdit={user?.role === 'admin'} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  );
}
