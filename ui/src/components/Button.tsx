import type { ButtonHTMLAttributes } from 'react';
import { cx } from '../lib/cx';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'ghost-danger';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-sky-700 text-white shadow-sm hover:bg-sky-800 focus-visible:outline-sky-700',
  secondary:
    'bg-white text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-sky-700',
  danger: 'bg-red-600 text-white shadow-sm hover:bg-red-700 focus-visible:outline-red-600',
  ghost: 'text-slate-700 hover:bg-slate-100 focus-visible:outline-sky-700',
  'ghost-danger': 'text-red-700 hover:bg-red-50 focus-visible:outline-red-600',
};

/** Shared by <Button> and links that look like buttons. */
export function buttonClass(variant: ButtonVariant = 'primary', className?: string): string {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-semibold',
    'focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60',
    VARIANTS[variant],
    className,
  );
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled and shows a spinner. */
  pending?: boolean;
}

export function Button({
  variant = 'primary',
  pending = false,
  disabled,
  className,
  children,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={buttonClass(variant, className)}
      {...props}
    >
      {pending && <Spinner size="sm" />}
      {children}
    </button>
  );
}
