import { useMutation } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { ApiError, errorMessage, type FieldErrors } from '../api/errors';
import { hasErrors } from '../lib/validation';

type Values<V> = { [K in keyof V]: string };

export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

interface Options<V extends Values<V>, R> {
  initialValues: V;
  validate: (values: V) => FieldErrors;
  submit: (values: V) => Promise<R>;
  onSuccess?: (result: R, values: V) => void;
}

/**
 * Form state for a form that ends in one API call: client-side validation first, then the
 * API's problem+json field errors next to the same fields, and a pending flag for the button.
 */
export function useApiForm<V extends Values<V>, R>({
  initialValues,
  validate,
  submit,
  onSuccess,
}: Options<V, R>) {
  const [values, setValues] = useState<V>(initialValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (result, submitted) => onSuccess?.(result, submitted),
    onError: (error) => {
      const fromServer = error instanceof ApiError ? error.fieldErrors : {};
      const known = Object.fromEntries(
        Object.entries(fromServer).filter(([field]) => field in initialValues),
      );
      const unknown = Object.entries(fromServer).filter(([field]) => !(field in initialValues));
      setFieldErrors(known);
      if (hasErrors(known) && unknown.length === 0) {
        setFormError('Please correct the highlighted fields.');
      } else if (unknown.length > 0) {
        setFormError(unknown.map(([field, message]) => `${field}: ${message}`).join(' '));
      } else {
        setFormError(errorMessage(error));
      }
    },
  });

  const setValue = useCallback((name: keyof V & string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setFieldErrors((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }, []);

  const field = (name: keyof V & string): FieldBinding => ({
    name,
    value: values[name],
    error: fieldErrors[name],
    onChange: (value) => setValue(name, value),
  });

  const handleSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (mutation.isPending) return;
    const errors = validate(values);
    setFieldErrors(errors);
    if (hasErrors(errors)) {
      setFormError('Please correct the highlighted fields.');
      return;
    }
    setFormError(null);
    mutation.mutate(values);
  };

  const reset = () => {
    setValues(initialValues);
    setFieldErrors({});
    setFormError(null);
    mutation.reset();
  };

  return {
    values,
    setValue,
    field,
    fieldErrors,
    formError,
    isPending: mutation.isPending,
    handleSubmit,
    reset,
  };
}
