// Create or edit a unit: every field checked here with a Vietnamese message, then by the server.
import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminType, Unit, UnitCreate, UnitNode } from '@dti/contract';
import { createUnit, updateUnit } from '../../api/units';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import { foldedOptionsFilter } from './folded-options-filter';
import { adminTypeOptions, unitKindOptions } from './unit-labels';

type Field = 'code' | 'name' | 'kind' | 'validFrom' | 'validUntil';

/** The form; `unit` given = edit, otherwise create. */
export function UnitForm({
  unit,
  units,
  onSaved,
}: {
  unit?: UnitNode | undefined;
  units: readonly UnitNode[];
  onSaved: (unit: Unit) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [shortName, setShortName] = useState(unit?.shortName ?? '');
  const [kind, setKind] = useState<string | null>(unit?.kind ?? null);
  const [adminType, setAdminType] = useState<string | null>(unit?.adminType ?? null);
  const [parentId, setParentId] = useState<string | null>(unit?.parentId ? String(unit.parentId) : null);
  const [validFrom, setValidFrom] = useState(unit ? formatDate(unit.validFrom) : '');
  const [validUntil, setValidUntil] = useState(unit?.validUntil ? formatDate(unit.validUntil) : '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const kinds = [...new Set<string>([...unitKindOptions, ...(unit ? [unit.kind] : [])])].map((k) => ({
    value: k,
    label: t(`unitKinds.${k}`, { defaultValue: k }),
  }));
  const parents = units
    .filter((u) => u.id !== unit?.id)
    .map((u) => ({ value: String(u.id), label: `${u.name} (${u.code})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!unit && !/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/.test(code.trim()))
      found.code = t('units.form.codeInvalid');
    if (!name.trim()) found.name = t('common.required');
    if (!kind) found.kind = t('common.required');
    const from = parseVietnameseDate(validFrom);
    if (!from) found.validFrom = t('common.dateInvalid');
    const until = validUntil.trim() ? parseVietnameseDate(validUntil) : null;
    if (validUntil.trim() && !until) found.validUntil = t('common.dateInvalid');
    if (from && until && until < from) found.validUntil = t('units.form.untilBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length > 0 || !from || !kind) return;
    const body: Omit<UnitCreate, 'code'> = {
      name: name.trim(),
      kind,
      adminType: (adminType as AdminType | null) ?? null,
      parentId: parentId ? Number(parentId) : null,
      validFrom: from,
      validUntil: until,
      ...(shortName.trim() ? { shortName: shortName.trim() } : {}),
    };
    setBusy(true);
    setServerError(null);
    try {
      onSaved(unit ? await updateUnit(unit.id, body) : await createUnit({ ...body, code: code.trim() }));
    } catch (caught) {
      setServerError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {serverError ? <ErrorAlert error={serverError} title={t('units.form.saveFailed')} /> : null}
        <TextInput
          label={t('units.form.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          disabled={Boolean(unit)}
          error={errors.code}
          required
        />
        <TextInput
          label={t('units.form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <TextInput
          label={t('units.form.shortName')}
          value={shortName}
          onChange={(e) => setShortName(e.currentTarget.value)}
        />
        <Select
          label={t('units.form.kind')}
          data={kinds}
          value={kind}
          onChange={setKind}
          error={errors.kind}
          required
        />
        <Select
          label={t('units.form.adminType')}
          data={adminTypeOptions.map((a) => ({ value: a, label: t(`adminTypes.${a}`) }))}
          value={adminType}
          onChange={setAdminType}
          clearable
        />
        <Select
          label={t('units.form.parent')}
          data={parents}
          value={parentId}
          onChange={setParentId}
          searchable
          clearable
          limit={50}
          filter={foldedOptionsFilter}
        />
        <Group grow>
          <TextInput
            label={t('units.form.validFrom')}
            placeholder="dd/mm/yyyy"
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
            required
          />
          <TextInput
            label={t('units.form.validUntil')}
            placeholder="dd/mm/yyyy"
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={errors.validUntil}
          />
        </Group>
        <Button type="submit" loading={busy}>
          {unit ? t('common.save') : t('units.form.create')}
        </Button>
      </Stack>
    </form>
  );
}
