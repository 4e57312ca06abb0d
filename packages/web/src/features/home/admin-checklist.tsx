// The steps of a year's cycle as an ordered list: number or tick, name, state, figures, why it is
// blocked, and a link to the page where the step is done.
import { Anchor, Badge, Box, Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AdminHome, AdminStep, AdminStepState } from '@dti/contract';

const stateColor: Record<AdminStepState, string> = {
  done: 'green',
  in_progress: 'blue',
  not_yet: 'gray',
  blocked: 'red',
};

/** The figures of a step, worded (null: none to show). */
function useFigures() {
  const { t } = useTranslation();
  return (step: AdminStep): string | null => {
    switch (step.key) {
      case 'framework':
        return step.detail ? t('adminHome.figure.framework', { id: step.detail }) : null;
      case 'open':
        return step.detail ? t('adminHome.figure.open', { date: step.detail }) : null;
      case 'reminders':
        return t('adminHome.figure.reminders', { n: step.done ?? 0 });
      case 'submitted':
      case 'council':
      case 'review':
        return t(`adminHome.figure.${step.key}`, { done: step.done ?? 0, total: step.total ?? 0 });
      case 'approval':
        return step.detail && step.blockedBy === null
          ? t('adminHome.figure.approval', { decision: step.detail })
          : null;
      case 'snapshot':
      case 'published':
        return null;
    }
  };
}

/** The checklist. */
export function AdminChecklist({ home }: { home: AdminHome }) {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="admin-checklist">
      {home.steps.map((step, i) => {
        const figure = figures(step);
        return (
          <Box
            component="li"
            key={step.key}
            data-step={step.key}
            data-state={step.state}
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                radius="xl"
                size="md"
                color={stateColor[step.state]}
                variant={step.state === 'done' ? 'filled' : 'light'}
                aria-hidden
              >
                {step.state === 'done' ? '✓' : String(i + 1)}
              </ThemeIcon>
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text fw={600}>{t(`adminHome.step.${step.key}`)}</Text>
                  <Badge color={stateColor[step.state]} variant="light" tt="none">
                    {t(`adminHome.state.${step.state}`)}
                  </Badge>
                </Group>
                {figure ? (
                  <Text size="sm" data-testid={`figure-${step.key}`}>
                    {figure}
                  </Text>
                ) : null}
                {step.key === 'submitted' && home.submittedBySet.length > 0 ? (
                  <Text size="xs" c="dimmed" data-testid="submitted-by-set">
                    {home.submittedBySet.map((s) => `${s.setName}: ${s.submitted}/${s.units}`).join(' · ')}
                  </Text>
                ) : null}
                {step.blockedBy ? (
                  <Text size="sm" c="red.8" data-testid={`blocked-${step.key}`}>
                    {t(`adminHome.blocked.${step.blockedBy}`, { until: step.detail ?? '' })}
                  </Text>
                ) : null}
                {step.key === 'reminders' && step.state !== 'done' ? (
                  <Text size="xs" c="dimmed">
                    {t('adminHome.remindersHint')}
                  </Text>
                ) : null}
                <Anchor component={Link} href={step.link} size="sm">
                  {step.state === 'done' ? t('adminHome.see') : t('adminHome.doIt')}
                  <VisuallyHidden> — {t(`adminHome.step.${step.key}`)}</VisuallyHidden>
                </Anchor>
              </Box>
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
