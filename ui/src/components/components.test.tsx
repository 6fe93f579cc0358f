import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StatusBadge } from './Badge';
import { Button } from './Button';
import { LiveIndicator } from './LiveIndicator';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

describe('TextField', () => {
  it('ties its visible label to the input and describes it with its error', () => {
    render(<TextField label="Departure" name="departure" value="LHR" error="Use 4 letters." onChange={() => undefined} required />);

    const input = screen.getByLabelText('Departure');
    const label = screen.getByText('Departure').closest('label');
    expect(label).toHaveAttribute('for', input.id);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Use 4 letters.');
  });

  it('marks optional fields and passes typed text up', async () => {
    const onChange = vi.fn();
    render(<TextField label="Notes" name="notes" value="" error={undefined} onChange={onChange} multiline />);

    expect(screen.getByText('(optional)')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Notes/), 'x');
    expect(onChange).toHaveBeenCalledWith('x');
  });
});

describe('SelectField', () => {
  function RoleField() {
    const [value, setValue] = useState('PILOT');
    return (
      <SelectField
        label="Role"
        name="role"
        value={value}
        error={undefined}
        onChange={setValue}
        options={[
          { value: 'PILOT', label: 'Pilot' },
          { value: 'TENANT_ADMIN', label: 'Airline admin' },
        ]}
      />
    );
  }

  it('labels its listbox button with a <label for> and changes the value', async () => {
    render(<RoleField />);
    const button = screen.getByLabelText('Role');
    expect(screen.getByText('Role').closest('label')).toHaveAttribute('for', button.id);
    expect(button).toHaveTextContent('Pilot');

    await userEvent.click(button);
    await userEvent.click(await screen.findByRole('option', { name: 'Airline admin' }));

    expect(screen.getByLabelText('Role')).toHaveTextContent('Airline admin');
  });
});

describe('small pieces', () => {
  it('shows the live connection state', () => {
    const { rerender } = render(<LiveIndicator status="connected" />);
    expect(screen.getByRole('status')).toHaveTextContent('Live');
    rerender(<LiveIndicator status="disconnected" />);
    expect(screen.getByRole('status')).toHaveTextContent('Offline');
  });

  it('labels PIREP statuses', () => {
    render(<StatusBadge status="REJECTED" />);
    expect(screen.getByText('Rejected')).toBeInTheDocument();
  });

  it('disables a pending button', () => {
    render(<Button pending>Save</Button>);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
