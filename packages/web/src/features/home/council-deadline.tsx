// The council's review deadline in Vietnam time, with the time left.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeLeft } from '../assessment/countdown';
import { useNow } from '../assessment/use-now';

/** "Hạn thẩm định …" and "Còn … ngày … giờ … phút" (or that it has passed). */
export function CouncilDeadline({
  deadline,
  deadlineVietnam,
}: {
  deadline: string;
  deadlineVietnam: string;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const left = timeLeft(Date.parse(deadline), now);
  return (
    <div data-testid="council-deadline">
      <Text mt="sm">
        {t('councilHome.deadline')} <strong>{deadlineVietnam}</strong> {t('councilHome.vietnamTime')}
      </Text>
      <Text size="sm" fw={600} {...(left ? {} : { c: 'red.8' })}>
        {left ? t('councilHome.timeLeft', left) : t('councilHome.deadlinePassed')}
      </Text>
    </div>
  );
}
