// VI / EN switch in the header: two toggle buttons (aria-pressed). Not a SegmentedControl: its
// floating indicator measures the page (a forced layout) on every mount, which costs the portal's
// first load more than the rest of the header.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../../i18n/i18n';

const choices: readonly { value: Language; label: string }[] = [
  { value: 'vi', label: 'VI' },
  { value: 'en', label: 'EN' },
];

/** The language switch. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Button.Group aria-label={t('shell.language')}>
      {choices.map((choice) => (
        <Button
          key={choice.value}
          size="xs"
          px={8}
          variant={choice.value === current ? 'filled' : 'default'}
          aria-pressed={choice.value === current}
          onClick={() => void changeLanguage(choice.value)}
        >
          {choice.label}
        </Button>
      ))}
    </Button.Group>
  );
}
