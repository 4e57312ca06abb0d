// A piece of evidence as the council reads it: PDFs in a frame, images inline, other files as a link.
import { useState } from 'react';
import { Button, Image } from '@mantine/core';
import type { Evidence } from '@dti/contract';
import { useTranslation } from 'react-i18next';

/** The preview of one piece of evidence (opened on demand so a long list stays light). */
export function EvidencePreview({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const isPdf = evidence.mediaType === 'application/pdf';
  const isImage = evidence.mediaType.startsWith('image/');
  if (!isPdf && !isImage) return null;
  return (
    <div style={{ marginTop: 6 }}>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
        {open ? t('cycle.hidePreview') : t('cycle.showPreview')}
      </Button>
      {open && isImage ? (
        <Image
          src={evidence.downloadUrl}
          alt={`${evidence.documentNumber}: ${evidence.summary}`}
          mah={480}
          fit="contain"
          mt={4}
        />
      ) : null}
      {open && isPdf ? (
        <iframe
          src={`${evidence.downloadUrl}?inline=1`}
          title={`${evidence.documentNumber}: ${evidence.summary}`}
          style={{
            width: '100%',
            height: 480,
            border: '1px solid var(--mantine-color-gray-4)',
            marginTop: 4,
          }}
        />
      ) : null}
    </div>
  );
}
