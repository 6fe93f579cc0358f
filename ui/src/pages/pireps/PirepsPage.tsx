import { Tab, TabGroup, TabList, TabPanel, TabPanels } from '@headlessui/react';
import { Link, useSearchParams } from 'react-router';
import { PIREP_STATUSES, type PirepStatus } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { statusLabel } from '../../components/Badge';
import { buttonClass } from '../../components/Button';
import { PlusIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Panel } from '../../components/Panel';
import { SelectField } from '../../components/SelectField';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { usePirepsPage, useTenantDirectory } from '../../hooks/queries';
import { useCursorPager } from '../../hooks/useCursorPager';
import { cx } from '../../lib/cx';
import { can } from '../../lib/permissions';
import { PirepTable } from './PirepTable';

const TABS: (PirepStatus | null)[] = [null, ...PIREP_STATUSES];

export function PirepsPage() {
  const user = useCurrentUser();
  const allAirlines = can.seeAllAirlines(user);
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const tenantId = allAirlines ? (params.get('airline') ?? '') : '';
  const pager = useCursorPager();
  const directory = useTenantDirectory(allAirlines);
  const feed = usePirepsPage({
    status: status ?? undefined,
    tenantId: tenantId || undefined,
    cursor: pager.cursor,
  });

  const setFilter = (name: 'status' | 'airline', value: string | null) => {
    pager.reset();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const fileAction = can.filePirep(user) ? (
    <Link to="/pireps/new" className={buttonClass('primary')}>
      <PlusIcon />
      File a PIREP
    </Link>
  ) : undefined;

  const content = feed.isPending ? (
    <LoadingState label="Loading PIREPs…" />
  ) : feed.isError ? (
    <ErrorState error={feed.error} onRetry={() => feed.refetch()} />
  ) : feed.data.items.length === 0 ? (
    <EmptyState
      title={status ? `No ${statusLabel(status).toLowerCase()} PIREPs` : 'No PIREPs yet'}
      action={status ? undefined : fileAction}
    >
      {status
        ? 'Nothing has this status right now.'
        : 'Flights appear here as soon as they are filed, from this site or an ACARS client.'}
    </EmptyState>
  ) : (
    <>
      <PirepTable pireps={feed.data.items} airlines={allAirlines ? directory.byId : undefined} />
      <Pager pager={pager} nextCursor={feed.data.nextCursor} fetching={feed.isFetching} />
    </>
  );

  return (
    <>
      <PageHeader
        title="PIREPs"
        description={allAirlines ? 'Flight reports from every airline.' : "Your airline's flight reports, newest first."}
        actions={fileAction}
      />
      <TabGroup selectedIndex={TABS.indexOf(status)} onChange={(index) => setFilter('status', TABS[index])}>
        <Panel>
          <div className="flex flex-col gap-3 border-b border-slate-200 px-4 py-3 sm:flex-row sm:items-end sm:justify-between sm:px-6">
            <TabList aria-label="Filter by status" className="flex gap-1 overflow-x-auto">
              {TABS.map((tab) => (
                <Tab
                  key={tab ?? 'ALL'}
                  className={cx(
                    'rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100',
                    'focus:outline-none data-focus:ring-2 data-focus:ring-sky-600 data-selected:bg-sky-100 data-selected:text-sky-900',
                  )}
                >
                  {tab ? statusLabel(tab) : 'All'}
                </Tab>
              ))}
            </TabList>
            {allAirlines && (
              <SelectField
                label="Airline"
                name="airline"
                value={tenantId}
                error={undefined}
                onChange={(value) => setFilter('airline', value)}
                options={[
                  { value: '', label: 'All airlines' },
                  ...directory.tenants.map((t) => ({ value: t.id, label: `${t.icao} · ${t.name}` })),
                ]}
                    className="w-full sm:w-64"
              />
            )}
          </div>
          <TabPanels>
            {TABS.map((tab) => (
              <TabPanel key={tab ?? 'ALL'}>{content}</TabPanel>
            ))}
          </TabPanels>
        </Panel>
      </TabGroup>
    </>
  );
}

function parseStatus(value: string | null): PirepStatus | null {
  return PIREP_STATUSES.find((status) => status === value) ?? null;
}
