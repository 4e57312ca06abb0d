// Guards a signed-in page: anonymous visitors go to sign-in, other roles see "no access".
import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import type { AccountRole } from '@dti/contract';
import { BootScreen } from '../shell/boot-screen';
import { useSession } from './session-context';

/** Renders `children` only for the given roles (all signed-in roles when omitted). */
export function RequireRole({ roles, children }: { roles?: readonly AccountRole[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'loading') return <BootScreen />;
  if (state.status === 'anonymous') return <Redirect to="/sign-in" />;
  if (roles && !roles.includes(state.user.role))
    return (
      <Alert color="orange" title={t('common.forbiddenTitle')}>
        {t('common.forbidden')}
      </Alert>
    );
  return <>{children}</>;
}
