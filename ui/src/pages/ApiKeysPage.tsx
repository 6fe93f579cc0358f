import { useState } from 'react';
import { apiKeysApi } from '../api';
import { errorMessage } from '../api/errors';
import type { ApiKey, CreatedApiKey } from '../api/types';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { FormAlert } from '../components/FormAlert';
import { KeyIcon } from '../components/icons';
import { Modal, ModalActions } from '../components/Modal';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { Panel } from '../components/Panel';
import { SecretBox } from '../components/SecretBox';
import { EmptyState, ErrorState, LoadingState } from '../components/states';
import { Table, TBody, Td, Th } from '../components/Table';
import { TextField } from '../components/TextField';
import { useApiKeysPage, useRefreshAfterWrite, useRevokeApiKey } from '../hooks/queries';
import { useApiForm } from '../hooks/useApiForm';
import { useCursorPager } from '../hooks/useCursorPager';
import { queryKeys } from '../lib/queryKeys';
import { validateApiKeyName } from '../lib/validation';

export function ApiKeysPage() {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let ACARS clients and scripts act as you: send one in the <code className="font-mono">X-API-Key</code>{' '}
            header.
          </>
        }
      />
      <div className="space-y-6">
        <CreateKeyPanel onCreated={setCreated} />
        <KeyListPanel />
      </div>
      <Modal open={created !== null} onClose={() => setCreated(null)} title="API key created">
        {created && (
          <>
            <SecretBox
              label={`Key “${created.name}”`}
              secret={created.key}
              note="Copy it now: it is shown only this once and cannot be retrieved later."
            />
            <ModalActions>
              <Button onClick={() => setCreated(null)}>I have copied the key</Button>
            </ModalActions>
          </>
        )}
      </Modal>
    </>
  );
}

function CreateKeyPanel({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const refreshKeys = useRefreshAfterWrite(queryKeys.apiKeys.all);
  const form = useApiForm({
    initialValues: { name: '' },
    validate: validateApiKeyName,
    submit: (values) => apiKeysApi.create(values.name.trim()),
    onSuccess: (key) => {
      form.reset();
      refreshKeys();
      onCreated(key);
    },
  });

  return (
    <Panel title="New key">
      <form onSubmit={form.handleSubmit} noValidate className="space-y-4 p-4 sm:p-6">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <TextField
            label="Name"
            required
            placeholder="e.g. ACARS on my home PC"
            hint="Helps you recognise the key later. Up to 100 characters."
            className="sm:max-w-md sm:flex-1"
            {...form.field('name')}
          />
          <Button type="submit" pending={form.isPending} className="sm:mt-7">
            <KeyIcon />
            Create key
          </Button>
        </div>
        <FormAlert message={form.formError} />
      </form>
    </Panel>
  );
}

function KeyListPanel() {
  const pager = useCursorPager();
  const list = useApiKeysPage(pager.cursor);
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <Panel title="Your keys">
      {list.isPending ? (
        <LoadingState label="Loading keys…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No API keys yet">Create one above to connect an ACARS client.</EmptyState>
      ) : (
        <>
          <KeyTable keys={list.data.items} onRevoke={setRevoking} />
          <Pager pager={pager} nextCursor={list.data.nextCursor} fetching={list.isFetching} />
        </>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API key?"
        message={
          <>
            Clients using “{revoking?.name}” stop working at once. This cannot be undone.
          </>
        }
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
        onClose={close}
      />
    </Panel>
  );
}

function KeyTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <Table caption="Your API keys">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <TBody>
        {keys.map((key) => (
          <tr key={key.id} data-api-key={key.name}>
            <Td className="font-medium text-slate-900">{key.name}</Td>
            <Td className="font-mono text-xs">{key.prefix}…</Td>
            <Td>
              <DateTime value={key.createdAt} />
            </Td>
            <Td>{key.lastUsedAt ? <DateTime value={key.lastUsedAt} /> : <span className="text-slate-400">Never</span>}</Td>
            <Td>
              {key.revokedAt ? (
                <span title={key.revokedAt}>
                  <Badge tone="danger">Revoked</Badge>
                </span>
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </Td>
            <Td className="text-right">
              {!key.revokedAt && (
                <Button variant="ghost-danger" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                  Revoke
                </Button>
              )}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
