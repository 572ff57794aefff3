// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccountFilter } from '../../../../../shared/domain/account-list';
import { useAccountList } from '../stores/account-list-store';
import { AccountSearchBox } from './account-search-box';

const box = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search accounts' });
const type = (value: string) => fireEvent.change(box(), { target: { value } });
const listText = () => useAccountList.getState().filter.text;

describe('the accounts search box', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAccountList.setState({ filter: emptyAccountFilter });
  });
  afterEach(() => { vi.useRealTimers(); });

  it('shows each typed character at once and hands the text to the list just after that paint', () => {
    render(<AccountSearchBox />);
    type('n');
    expect(box().value).toBe('n');
    expect(listText()).toBe('');
    act(() => { vi.advanceTimersByTime(200); });
    expect(listText()).toBe('n');
    expect(box().value).toBe('n');
  });

  it('hands over characters typed within one frame together, ending with the last text typed', () => {
    render(<AccountSearchBox />);
    type('n');
    type('no');
    type('nor');
    expect(box().value).toBe('nor');
    act(() => { vi.advanceTimersByTime(200); });
    expect(listText()).toBe('nor');
    expect(box().value).toBe('nor');
  });

  it('loses nothing typed when the box goes away before the handover', () => {
    const view = render(<AccountSearchBox />);
    type('ridge');
    view.unmount();
    expect(listText()).toBe('ridge');
  });

  it('shows a search set elsewhere (Clear filters, a saved view)', () => {
    render(<AccountSearchBox />);
    type('acme');
    act(() => { vi.advanceTimersByTime(200); });
    act(() => { useAccountList.getState().clear(); });
    expect(box().value).toBe('');
    act(() => { useAccountList.getState().setFilter({ text: 'north' }); });
    expect(box().value).toBe('north');
  });

  it('lets Clear filters, clicked before a typed text reached the list, win: the text does not come back', () => {
    render(<AccountSearchBox />);
    type('acme');
    act(() => { vi.advanceTimersByTime(200); });
    type('acme co');
    act(() => { useAccountList.getState().clear(); });
    expect(box().value).toBe('');
    act(() => { vi.advanceTimersByTime(200); });
    expect(listText()).toBe('');
    expect(box().value).toBe('');
    type('b');
    act(() => { vi.advanceTimersByTime(200); });
    expect(listText()).toBe('b');
  });
});
