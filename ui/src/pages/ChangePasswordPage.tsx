import { useState } from 'react';
import { authApi } from '../api';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { PasswordChangeForm } from '../components/PasswordChangeForm';

export function ChangePasswordPage() {
  const [changed, setChanged] = useState(false);

  return (
    <>
      <PageHeader title="Change password" description="Use a password that you use nowhere else." />
      <Panel className="max-w-xl">
        <div className="p-4 sm:p-6">
          {changed && (
            <p role="status" className="mb-5 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
              Your password has been changed.
            </p>
          )}
          <PasswordChangeForm
            currentLabel="Current password"
            submitLabel="Change password"
            submit={(current, next) => {
              setChanged(false);
              return authApi.changePassword(current, next);
            }}
            onChanged={() => setChanged(true)}
          />
        </div>
      </Panel>
    </>
  );
}
