// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeField } from '../../src/components/CodeField';

const input = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;

/** The caller owns the code, as the confirmation step does. */
function Owner({ onChange, initial = '' }: { onChange: (value: string) => void; initial?: string }) {
  const [code, setCode] = useState(initial);
  return (
    <CodeField
      value={code}
      onChange={(next) => {
        onChange(next);
        setCode(next);
      }}
    />
  );
}

describe('CodeField', () => {
  it('reports only real changes: a refused character is no edit (the step keeps its message)', async () => {
    const onChange = vi.fn();
    render(<Owner onChange={onChange} initial="12" />);
    await userEvent.type(input(), 'a- ');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.type(input(), '3');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('123');
  });

  it('cleans a paste and reports the whole code', async () => {
    const onChange = vi.fn();
    render(<Owner onChange={onChange} />);
    await userEvent.click(input());
    await userEvent.paste('123 456');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('123456');
    expect(input().value).toBe('123456');
  });
});
