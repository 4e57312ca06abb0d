// The administrator's panel for the results map's district boundaries: what is in use, uploading
// a GeoJSON file (checked whole by the server; every problem listed, nothing stored on any), a
// preview, and going back to the tile map.
import { useState } from 'react';
import { Alert, Box, Button, Card, FileInput, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { boundaryFileMaxBytes, removeMapBoundaries, uploadMapBoundaries } from '../../api/map';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { districtNames } from '../portal/district-names';
import { ErrorAlert } from '../session/error-alert';
import { DistrictMap } from './district-map';
import { publishMapBoundaries, useMapBoundaries } from './use-map-boundaries';

const accept = '.geojson,.json,application/geo+json,application/json';
const previewTiles = districtNames.map((d) => ({ code: d.code, label: d.shortName, value: null }));

/** The boundary upload panel. */
export function BoundaryUpload() {
  const { t } = useTranslation();
  const found = useMapBoundaries();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const upload = async () => {
    setError(null);
    setDone(null);
    setTooLarge(false);
    if (!file) return;
    if (file.size > boundaryFileMaxBytes) {
      setTooLarge(true);
      return;
    }
    setBusy(true);
    try {
      const saved = await uploadMapBoundaries(await file.text(), file.name);
      publishMapBoundaries(saved);
      setDone(t('map.saved', { count: saved.boundaries?.features.length ?? 0 }));
      setFile(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      await removeMapBoundaries();
      publishMapBoundaries(null);
      setDone(t('map.removed'));
      setConfirming(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="boundary-upload">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('map.panelTitle')}
        </Title>
        <Text size="sm">{t('map.panelIntro')}</Text>
        <Text size="sm" fw={600} aria-live="polite">
          {found === undefined
            ? t('map.loading')
            : found.boundaries
              ? t('map.inUse', {
                  file: found.fileName ?? 'GeoJSON',
                  count: found.boundaries.features.length,
                  time: found.updatedAt ? formatDateTime(found.updatedAt) : '',
                  who: found.updatedBy ?? '',
                })
              : t('map.none')}
        </Text>
        <FileInput
          label={t('map.file')}
          description={t('map.chooseFile')}
          accept={accept}
          value={file}
          onChange={(f) => {
            setFile(f);
            setError(null);
            setTooLarge(false);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('map.clearFile') }}
          maw={480}
        />
        {tooLarge ? (
          <Alert color="red" variant="light" role="alert" title={t('map.rejectedTitle')}>
            {t('map.tooLarge', { size: formatNumber((file?.size ?? 0) / 1024 / 1024, 1) })}
          </Alert>
        ) : null}
        {error ? <ErrorAlert error={error} title={t('map.rejectedTitle')} /> : null}
        {done ? (
          <Alert color="green" variant="light" role="status">
            {done}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button onClick={() => void upload()} loading={busy} disabled={!file}>
            {t('map.upload')}
          </Button>
          {found?.boundaries ? (
            <Button variant="light" color="red" onClick={() => setConfirming(true)} disabled={busy}>
              {t('map.remove')}
            </Button>
          ) : null}
        </Group>
        {found?.boundaries ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('map.preview')}
            </Text>
            <Box maw={480}>
              <DistrictMap tiles={previewTiles} title={t('map.preview')} noDataText={t('map.noData')} />
            </Box>
          </Stack>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('map.removeTitle')}>
        <Stack>
          <Text size="sm">{t('map.removeText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('map.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove()} loading={busy}>
              {t('map.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
