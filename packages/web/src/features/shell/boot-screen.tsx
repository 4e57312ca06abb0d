// What the application shows while it starts (the session, the signed-in layout's code): the
// product's bar and a loader, the same bar as the static first paint in index.html, so the screen
// does not flash from the name to a bare spinner and back.
import { Center, Container, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The starting screen: product bar and a loader. */
export function BootScreen() {
  const { t } = useTranslation();
  return (
    <>
      <div style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: '#fff' }}>
        <Container size="lg" py="sm">
          <Text fw={700} size="lg" c="blue.9">
            DTI Lào Cai
          </Text>
        </Container>
      </div>
      <Center h="40vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    </>
  );
}
