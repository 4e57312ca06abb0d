// `/nguon-goc-bo-chi-so` (public): what of the built-in frameworks is verified and what is
// reconstructed — a Vietnamese summary, then PROVENANCE.md as shipped (served by the API).
import { Alert, Anchor, Container, List, Loader, Stack, Text, Title, Typography } from '@mantine/core';
import { marked } from 'marked';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getProvenanceNotes } from '../api/frameworks';
import { useAsync } from '../api/use-async';
import { ErrorAlert } from '../features/session/error-alert';
import { PublicHeader } from '../features/shell/public-header';

/** `/nguon-goc-bo-chi-so`. */
export default function ProvenancePage() {
  const { t } = useTranslation();
  const notes = useAsync((signal) => getProvenanceNotes(signal), []);
  return (
    <>
      <PublicHeader />
      <main>
        <Container size="lg" py="xl">
          <Stack>
            <Anchor component={Link} href="/" size="sm">
              ← {t('provenance.back')}
            </Anchor>
            <Title order={1} size="h2">
              {t('provenance.pageTitle')}
            </Title>
            <Text maw={800}>{t('provenance.pageLead')}</Text>
            <Title order={2} size="h4">
              {t('provenance.verifiedTitle')}
            </Title>
            <List spacing="xs" maw={800}>
              <List.Item>{t('provenance.verified1')}</List.Item>
              <List.Item>{t('provenance.verified2')}</List.Item>
              <List.Item>{t('provenance.verified3')}</List.Item>
            </List>
            <Title order={2} size="h4">
              {t('provenance.reconstructedTitle')}
            </Title>
            <List spacing="xs" maw={800}>
              <List.Item>{t('provenance.reconstructed1')}</List.Item>
              <List.Item>{t('provenance.reconstructed2')}</List.Item>
            </List>
            <Text maw={800}>{t('provenance.official')}</Text>
            <Title order={2} size="h4">
              {t('provenance.documentTitle')}
            </Title>
            {notes.error ? <ErrorAlert error={notes.error} /> : null}
            {notes.loading ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
            {notes.data ? (
              <Alert color="gray" variant="outline" p={0} styles={{ message: { overflowX: 'auto' } }}>
                <Typography p="md" lang="en">
                  {/* PROVENANCE.md is shipped with the server, never user input. */}
                  <div
                    dangerouslySetInnerHTML={{ __html: marked.parse(notes.data.markdown, { async: false }) }}
                  />
                </Typography>
              </Alert>
            ) : null}
          </Stack>
        </Container>
      </main>
    </>
  );
}
