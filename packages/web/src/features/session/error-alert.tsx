// Shows an API error the same way everywhere: the Vietnamese message, the code, every detail.
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';

/** The message to show for an error: the server's Vietnamese text, or the English one for its code. */
export function useErrorMessage(): (error: unknown) => { code: string; message: string } {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    if (error instanceof ApiRequestError) {
      const translated = i18n.language === 'vi' ? undefined : t(`errors.${error.code}`, { defaultValue: '' });
      return { code: error.code, message: translated || error.message };
    }
    return { code: 'CLIENT_ERROR', message: error instanceof Error ? error.message : String(error) };
  };
}

/** An error box with the message, the code and the details (each with row/column/path). */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { code, message } = describe(error);
  const details = error instanceof ApiRequestError ? error.details : [];
  return (
    <Alert color="red" variant="light" title={title ?? message} role="alert">
      {title ? <Text size="sm">{message}</Text> : null}
      <Text size="xs" c="dimmed" mt={4}>
        {t('errors.code', { code })}
      </Text>
      {details.length > 0 ? (
        <List size="sm" mt="xs" spacing={2}>
          {details.map((d, i) => (
            <List.Item key={i}>
              {[
                d.row !== undefined ? t('errors.row', { row: d.row }) : null,
                d.column ? t('errors.column', { column: d.column }) : null,
                d.path ? d.path : null,
              ]
                .filter(Boolean)
                .join(', ')}
              {d.row !== undefined || d.column || d.path ? ': ' : ''}
              {d.message}
              {d.code ? ` (${d.code})` : ''}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
