import { AlertIcon } from './icons';

/** The form-level error, announced to assistive technology when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="flex gap-2 rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
      <AlertIcon className="mt-0.5 size-4 text-red-600" />
      <p>{message}</p>
    </div>
  );
}
