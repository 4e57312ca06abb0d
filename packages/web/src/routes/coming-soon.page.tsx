// Sections of the next milestones (self-assessment, appraisal, results): announced, not built yet.
import { Alert, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `/app/:section`. */
export default function ComingSoonPage({ section }: { section: string }) {
  const { t } = useTranslation();
  const known = ['assessment', 'appraisal', 'results'].includes(section);
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {known ? t(`nav.${section}`) : t('notFound.title')}
      </Title>
      <Alert color="blue" variant="light">
        {known ? t('comingSoon.text') : t('notFound.text')}
      </Alert>
    </>
  );
}
