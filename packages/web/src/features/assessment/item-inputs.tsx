// The inputs of one item, fitting its scoring method: Có/Không for yes/no, a list of the options
// for a choice, checkboxes for parts, number inputs with their bounds (never clamped: a problem
// is shown beside the input instead), numerator and denominator of a ratio with their labels.
import { Checkbox, Group, NumberInput, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import type { ItemValues } from '@dti/contract';

type InputValue = ItemValues[string];
import type { InputDef, SubIndex } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { inputsOf } from './item-values';

/** Props of `ItemInputs`. */
export interface ItemInputsProps {
  sub: SubIndex;
  values: ItemValues;
  problems: Record<string, string>;
  disabled: boolean;
  onChange: (values: ItemValues) => void;
}

function BooleanInput({
  id,
  input,
  value,
  disabled,
  onChange,
}: {
  id: string;
  input: InputDef;
  value: InputValue | undefined;
  disabled: boolean;
  onChange: (v: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} id={`${id}-label`} mb={4}>
        {input.label}
      </Text>
      {/* two radios, not a SegmentedControl: its indicator measures the page on mount, and a
          form of one set has a dozen of them (a forced layout each) */}
      <Radio.Group
        aria-labelledby={`${id}-label`}
        value={value === true ? 'yes' : value === false ? 'no' : null}
        onChange={(v) => onChange(v === 'yes')}
      >
        <Group gap="md">
          <Radio value="yes" label={t('cycle.yes')} disabled={disabled} />
          <Radio value="no" label={t('cycle.no')} disabled={disabled} />
        </Group>
      </Radio.Group>
      {input.hint ? (
        <Text size="xs" c="dimmed" mt={2}>
          {input.hint}
        </Text>
      ) : null}
    </div>
  );
}

/** Inputs of one sub-index. */
export function ItemInputs({ sub, values, problems, disabled, onChange }: ItemInputsProps) {
  const { t } = useTranslation();
  const set = (key: string, value: InputValue | undefined) => {
    const next: ItemValues = { ...values };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const method = sub.method;
  const partInputs = new Set(method.type === 'parts' ? method.parts.map((p) => p.input) : []);
  const id = (key: string) => `in-${sub.code}-${key}`.replace(/[^A-Za-z0-9_-]/g, '_');

  return (
    <Stack gap="sm">
      {inputsOf(sub).map((input) => {
        const value = values[input.key];
        const error = problems[input.key];
        if (method.type === 'choice' && method.input === input.key) {
          return (
            <Select
              key={input.key}
              id={id(input.key)}
              label={input.label}
              description={input.hint}
              placeholder={t('cycle.choose')}
              data={method.options.map((o) => ({ value: o.value, label: o.label }))}
              value={typeof value === 'string' ? value : null}
              onChange={(v) => set(input.key, v ?? undefined)}
              disabled={disabled}
              error={error}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          );
        }
        if (input.type === 'boolean' && partInputs.has(input.key)) {
          return (
            <Checkbox
              key={input.key}
              id={id(input.key)}
              label={input.label}
              description={input.hint}
              checked={value === true}
              onChange={(e) => set(input.key, e.currentTarget.checked)}
              disabled={disabled}
              error={error}
            />
          );
        }
        if (input.type === 'boolean') {
          return (
            <BooleanInput
              key={input.key}
              id={id(input.key)}
              input={input}
              value={value}
              disabled={disabled}
              onChange={(v) => set(input.key, v)}
            />
          );
        }
        if (input.type === 'text' || input.type === 'choice') {
          return (
            <Textarea
              key={input.key}
              id={id(input.key)}
              label={input.label}
              description={input.hint}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(input.key, e.currentTarget.value)}
              disabled={disabled}
              error={error}
              autosize
              minRows={2}
              maxLength={2000}
            />
          );
        }
        const bounds = [
          input.min !== undefined ? t('cycle.min', { min: input.min }) : null,
          input.max !== undefined ? t('cycle.max', { max: input.max }) : null,
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <NumberInput
            key={input.key}
            id={id(input.key)}
            label={input.label}
            description={[input.hint, bounds].filter(Boolean).join(' · ') || undefined}
            value={typeof value === 'number' ? value : ''}
            onChange={(v) =>
              set(input.key, typeof v === 'number' ? v : v === '' ? undefined : Number(v.replace(',', '.')))
            }
            clampBehavior="none"
            allowDecimal={input.type !== 'integer'}
            decimalSeparator=","
            thousandSeparator="."
            disabled={disabled}
            error={error}
            inputMode="decimal"
            rightSection={input.type === 'percent' ? <Text size="sm">%</Text> : undefined}
            maw={360}
          />
        );
      })}
      {method.type === 'ratio' ? (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('cycle.ratioHint')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
