// Unknown addresses.
import { Anchor, Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Any unknown path. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text mt="sm">{t('notFound.text')}</Text>
      <Anchor component={Link} href="/" mt="md" display="inline-block">
        {t('notFound.home')}
      </Anchor>
    </Container>
  );
}
