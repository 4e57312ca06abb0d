// @vitest-environment jsdom
import '../../test/setup-dom';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProgressiveItems } from './progressive-items';

const items = ['1.1', '1.2', '1.3', '1.4', '1.5'];
const renderItem = (code: string) => <p key={code}>{code}</p>;

describe('ProgressiveItems', () => {
  it('mounts one item at a time, one task after another, until all are there, in order', async () => {
    vi.useFakeTimers();
    try {
      render(<ProgressiveItems items={items} eager={false} render={renderItem} />);
      expect(screen.getAllByText(/^1\.\d$/).map((p) => p.textContent)).toEqual(['1.1']);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(screen.getAllByText(/^1\.\d$/).map((p) => p.textContent)).toEqual(['1.1', '1.2']);
      for (let step = 0; step < items.length; step++) {
        await act(async () => {
          await vi.advanceTimersByTimeAsync(0);
        });
      }
      expect(screen.getAllByText(/^1\.\d$/).map((p) => p.textContent)).toEqual(items);
    } finally {
      vi.useRealTimers();
    }
  });

  it('mounts every item at once when eager (a link to an item must find it)', () => {
    render(<ProgressiveItems items={items} eager render={renderItem} />);
    expect(screen.getAllByText(/^1\.\d$/)).toHaveLength(5);
  });
});
