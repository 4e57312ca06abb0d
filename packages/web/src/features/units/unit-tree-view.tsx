// The unit tree (province → districts → communes/agencies) with validity dates, expandable.
import { useState } from 'react';
import { ActionIcon, Badge, Box, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '@dti/contract';
import { formatDate } from '../../i18n/format';

/** Props of the unit tree. */
export interface UnitTreeViewProps {
  nodes: readonly UnitNode[];
  /** Expand everything (while searching). */
  expandAll: boolean;
  onOpen: (unit: UnitNode) => void;
  onEdit?: (unit: UnitNode) => void;
}

function Row({ node, depth, props }: { node: UnitNode; depth: number; props: UnitTreeViewProps }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(depth === 0);
  const expanded = props.expandAll || open;
  const hasChildren = node.children.length > 0;
  const ended = node.validUntil !== null;
  return (
    <li role="treeitem" aria-expanded={hasChildren ? expanded : undefined} aria-selected={false}>
      <Group
        gap="xs"
        wrap="nowrap"
        py={6}
        pl={depth * 20}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="sm"
          aria-label={
            expanded ? t('units.collapse', { name: node.name }) : t('units.expand', { name: node.name })
          }
          onClick={() => setOpen(!expanded)}
          style={{ visibility: hasChildren ? 'visible' : 'hidden' }}
        >
          {expanded ? '▾' : '▸'}
        </ActionIcon>
        <UnstyledButton onClick={() => props.onOpen(node)} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={depth < 2 ? 600 : 400} {...(ended ? { c: 'dimmed' } : {})} truncate>
            {node.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {node.code} · {t(`unitKinds.${node.kind}`, { defaultValue: node.kind })} ·{' '}
            {ended
              ? t('units.validRange', {
                  from: formatDate(node.validFrom),
                  until: formatDate(node.validUntil),
                })
              : t('units.validFrom', { from: formatDate(node.validFrom) })}
            {hasChildren ? ` · ${t('units.children', { count: node.children.length })}` : ''}
          </Text>
        </UnstyledButton>
        {ended ? (
          <Badge color="gray.7" tt="none" visibleFrom="xs">
            {t('units.ended')}
          </Badge>
        ) : null}
        {props.onEdit ? (
          <Button size="compact-xs" variant="subtle" onClick={() => props.onEdit?.(node)}>
            {t('common.edit')}
          </Button>
        ) : null}
      </Group>
      {hasChildren && expanded ? (
        <ul role="group" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {node.children.map((child) => (
            <Row key={child.id} node={child} depth={depth + 1} props={props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The tree. */
export function UnitTreeView(props: UnitTreeViewProps) {
  const { t } = useTranslation();
  if (props.nodes.length === 0) return <Text c="dimmed">{t('units.none')}</Text>;
  return (
    <Box
      component="ul"
      role="tree"
      aria-label={t('units.title')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {props.nodes.map((node) => (
        <Row key={node.id} node={node} depth={0} props={props} />
      ))}
    </Box>
  );
}
