// The bar at the top of the public pages and of the starting screen: the product's name, a link
// home, and whatever the page puts on the right. index.html paints the same bar before any script.
import type { ReactNode } from 'react';
import { Anchor, Container, Group, Text } from '@mantine/core';
import { Link } from 'wouter';

/** The product bar; `children` go on the right. */
export function ProductBar({ children }: { children?: ReactNode }) {
  return (
    <header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: '#fff' }}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} href="/" underline="never">
            <Text fw={700} size="lg" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
              DTI Lào Cai
            </Text>
          </Anchor>
          {children}
        </Group>
      </Container>
    </header>
  );
}
