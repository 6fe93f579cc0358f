import { useState } from 'react';
import { tenantsApi } from '../api';
import type { Tenant } from '../api/types';
import { Button } from '../components/Button';
import { DateTime } from '../components/DateTime';
import { FormAlert } from '../components/FormAlert';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { Panel } from '../components/Panel';
import { EmptyState, ErrorState, LoadingState } from '../components/states';
import { Table, TBody, Td, Th } from '../components/Table';
import { TextField } from '../components/TextField';
import { useTenantCreated, useTenantsPage } from '../hooks/queries';
import { useApiForm } from '../hooks/useApiForm';
import { useCursorPager } from '../hooks/useCursorPager';
import { validateTenant } from '../lib/validation';

export function AirlinesPage() {
  return (
    <>
      <PageHeader title="Airlines" description="Every virtual airline on the platform. New ones appear live." />
      <div className="grid gap-6 lg:grid-cols-3">
        <CreateAirlinePanel />
        <AirlineListPanel />
      </div>
    </>
  );
}

function CreateAirlinePanel() {
  const tenantCreated = useTenantCreated();
  const [created, setCreated] = useState<Tenant | null>(null);
  const form = useApiForm({
    initialValues: { name: '', icao: '' },
    validate: validateTenant,
    submit: (values) => tenantsApi.create({ name: values.name.trim(), icao: values.icao.trim().toUpperCase() }),
    onSuccess: (tenant) => {
      setCreated(tenant);
      form.reset();
      tenantCreated(tenant);
    },
  });

  return (
    <Panel title="New airline" className="self-start">
      <form onSubmit={form.handleSubmit} noValidate className="space-y-5 p-4 sm:p-6">
        <TextField label="Name" required placeholder="Speedbird Virtual" {...form.field('name')} />
        <TextField label="ICAO code" required uppercase placeholder="BAW" hint="3 letters, unique on the platform." {...form.field('icao')} />
        <FormAlert message={form.formError} />
        {created && (
          <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
            {created.icao} · {created.name} was created.
          </p>
        )}
        <Button type="submit" pending={form.isPending} onClick={() => setCreated(null)}>
          Create airline
        </Button>
      </form>
    </Panel>
  );
}

function AirlineListPanel() {
  const pager = useCursorPager();
  const list = useTenantsPage(pager.cursor);

  return (
    <Panel title="All airlines" className="self-start lg:col-span-2">
      {list.isPending ? (
        <LoadingState label="Loading airlines…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No airlines yet">Create the first one with the form.</EmptyState>
      ) : (
        <>
          <Table caption="Airlines, newest first">
            <thead>
              <tr>
                <Th>ICAO</Th>
                <Th>Name</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <TBody>
              {list.data.items.map((tenant) => (
                <tr key={tenant.id}>
                  <Td className="font-mono font-semibold text-slate-900">{tenant.icao}</Td>
                  <Td>{tenant.name}</Td>
                  <Td>
                    <DateTime value={tenant.createdAt} />
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Pager pager={pager} nextCursor={list.data.nextCursor} fetching={list.isFetching} />
        </>
      )}
    </Panel>
  );
}
