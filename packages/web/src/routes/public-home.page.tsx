// The public portal `/`: what the DTI is, the levels, and published results (no sign-in).
import { Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LevelLegend } from '../features/portal/level-legend';
import { PublishedResults } from '../features/portal/published-results';
import { PublicHeader } from '../features/shell/public-header';

/** `/`. */
export default function PublicHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PublicHeader />
      <main>
        <Container size="lg" py="xl">
          <Stack gap="xl">
            <section aria-labelledby="portal-title">
              <Title order={1} id="portal-title" size="h1" c="blue.9">
                {t('portal.title')}
              </Title>
              <Text size="lg" mt="sm" maw={800}>
                {t('portal.lead')}
              </Text>
            </section>
            <section aria-labelledby="about-title">
              <Title order={2} id="about-title" size="h3" mb="sm">
                {t('portal.aboutTitle')}
              </Title>
              <List spacing="xs" maw={800}>
                <List.Item>{t('portal.about1')}</List.Item>
                <List.Item>{t('portal.about2')}</List.Item>
                <List.Item>{t('portal.about3')}</List.Item>
              </List>
              <Title order={3} size="h4" mt="lg" mb="xs">
                {t('portal.levelsTitle')}
              </Title>
              <Text size="sm" mb="xs">
                {t('portal.levelsText')}
              </Text>
              <LevelLegend />
            </section>
            <PublishedResults />
          </Stack>
        </Container>
      </main>
      <footer>
        <Container size="lg" py="md">
          <Text size="xs" c="dimmed">
            {t('portal.footer')}
          </Text>
        </Container>
      </footer>
    </>
  );
}
