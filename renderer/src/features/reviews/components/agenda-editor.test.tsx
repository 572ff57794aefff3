// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../../../shared/domain/review';
import { AgendaEditor } from './agenda-editor';

const item = (id: string, text: string): AgendaItem => ({ id, text, source: 'custom', sourceId: null, done: false, notes: '' });

function Harness() {
  const [items, setItems] = useState([item('a', 'Escalation update'), item('b', 'Renewal'), item('c', 'Roadmap')]);
  return <AgendaEditor items={items} onChange={setItems} />;
}

const texts = () => screen.getAllByRole('textbox', { name: /^Agenda item \d+$/ }).map((i) => (i as HTMLInputElement).value);

describe('the agenda editor', () => {
  it('moves the focused item with Alt+Arrow keys and with the buttons', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Agenda item 3' }));
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(texts()).toEqual(['Escalation update', 'Roadmap', 'Renewal']);
    await userEvent.click(screen.getByRole('button', { name: 'Move item 1 down' }));
    expect(texts()).toEqual(['Roadmap', 'Escalation update', 'Renewal']);
    expect(screen.getByRole('button', { name: 'Move item 1 up' })).toBeDisabled();
  });

  it('adds a typed item with Enter, edits one in place and removes one', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox', { name: 'New agenda item' }), 'Pricing questions{Enter}');
    expect(texts()).toEqual(['Escalation update', 'Renewal', 'Roadmap', 'Pricing questions']);
    expect(screen.getByRole('textbox', { name: 'New agenda item' })).toHaveValue('');
    await userEvent.type(screen.getByRole('textbox', { name: 'Agenda item 2' }), ' terms');
    await userEvent.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(texts()).toEqual(['Renewal terms', 'Roadmap', 'Pricing questions']);
  });
});
