// The notice shown above any ranking or score computed on a reconstructed framework, with a link to
// what is verified and what is not (PROVENANCE.md). Nothing once every framework shown is official.
import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Where the web shows PROVENANCE.md (the server's exports print the same path). */
export const PROVENANCE_PATH = '/nguon-goc-bo-chi-so';

/** Whether any of the results shown comes from a framework that is not official. */
export function showsReconstructed(items: readonly { provenance?: string | undefined }[]): boolean {
  return items.some((item) => item.provenance !== 'official');
}

/** The notice, or nothing when every framework behind the results is official. */
export function ProvenanceNotice({ sets }: { sets: readonly { provenance?: string | undefined }[] }) {
  const { t } = useTranslation();
  if (sets.length === 0 || !showsReconstructed(sets)) return null;
  return (
    <Alert color="yellow" variant="light" title={t('provenance.noticeTitle')} role="note">
      <Text size="sm">
        {t('provenance.notice')}{' '}
        <Anchor component={Link} href={PROVENANCE_PATH} size="sm" c="dark.9" underline="always">
          {t('provenance.link')}
        </Anchor>
      </Text>
    </Alert>
  );
}
