// The badge of an objection's outcome: waiting, upheld (new points), rejected.
import { Badge } from '@mantine/core';
import type { Objection } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../i18n/format';

/** The outcome badge (colours chosen for contrast on white). */
export function ObjectionOutcome({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  if (objection.status === 'upheld')
    return (
      <Badge variant="filled" color="#1e6b30">
        {t('objection.status.upheld', { points: formatPoints(objection.pointsAfter ?? 0) })}
      </Badge>
    );
  if (objection.status === 'rejected')
    return (
      <Badge variant="filled" color="#8a1c1c">
        {t('objection.status.rejected')}
      </Badge>
    );
  return (
    <Badge variant="filled" color="#5c4a00">
      {t('objection.status.pending')}
    </Badge>
  );
}
