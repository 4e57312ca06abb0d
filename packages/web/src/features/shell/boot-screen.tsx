// What the application shows while it starts (the session, the signed-in layout's code): the
// product bar and a loader, the same bar as the static first paint in index.html, so the screen
// does not flash from the name to a bare spinner and back.
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProductBar } from './product-bar';

/** The starting screen: product bar and a loader. */
export function BootScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ProductBar />
      <Center h="40vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    </>
  );
}
