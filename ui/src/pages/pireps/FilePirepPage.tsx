import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { pirepsApi } from '../../api';
import { AirportField } from '../../components/AirportField';
import { Button, buttonClass } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { TextField } from '../../components/TextField';
import { usePirepCacheUpdate } from '../../hooks/queries';
import { useApiForm } from '../../hooks/useApiForm';
import { randomId } from '../../lib/ids';
import { EMPTY_PIREP_FORM, toPirepInput, validatePirep } from '../../lib/validation';

const AIRPORT_HINT = 'ICAO code, or search by code, name or city.';

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-6 border-t border-slate-100 px-4 py-6 first:border-t-0 sm:px-6 md:grid-cols-3">
      <div>
        <legend className="text-sm font-semibold text-slate-900">{title}</legend>
        <p className="mt-1 text-sm text-slate-500">{description}</p>
      </div>
      <div className="grid gap-5 sm:grid-cols-2 md:col-span-2">{children}</div>
    </fieldset>
  );
}

export function FilePirepPage() {
  const navigate = useNavigate();
  const storePirep = usePirepCacheUpdate();
  // One key per form: a retried submit (double click, flaky network) files one PIREP, not two.
  const [idempotencyKey] = useState(randomId);

  const form = useApiForm({
    initialValues: EMPTY_PIREP_FORM,
    validate: validatePirep,
    submit: (values) => pirepsApi.submit(toPirepInput(values), idempotencyKey),
    onSuccess: (pirep) => {
      storePirep(pirep);
      navigate(`/pireps/${pirep.id}`, { state: { filed: true } });
    },
  });

  return (
    <>
      <PageHeader title="File a PIREP" description="Report a completed flight for review by your airline." />
      <Panel>
        <form onSubmit={form.handleSubmit} noValidate aria-label="File a PIREP">
          <Section title="Flight" description="What flew, and where.">
            <TextField label="Flight number" required uppercase placeholder="BAW123" autoFocus {...form.field('flightNumber')} />
            <TextField label="Aircraft type" required uppercase placeholder="B738" hint="ICAO type designator." {...form.field('aircraftType')} />
            <AirportField label="Departure" required placeholder="EGLL" hint={AIRPORT_HINT} {...form.field('departure')} />
            <AirportField label="Arrival" required placeholder="KJFK" hint={AIRPORT_HINT} {...form.field('arrival')} />
          </Section>
          <Section title="Times" description="Block times are in your local time zone.">
            <TextField label="Flight time (minutes)" type="number" inputMode="numeric" required hint="1 to 1440." {...form.field('flightTimeMinutes')} />
            <div className="hidden sm:block" />
            <TextField label="Block off" type="datetime-local" {...form.field('blockOffAt')} />
            <TextField label="Block on" type="datetime-local" {...form.field('blockOnAt')} />
          </Section>
          <Section title="Performance" description="Figures from your flight simulator or ACARS log.">
            <TextField label="Fuel used (kg)" type="number" inputMode="decimal" {...form.field('fuelUsedKg')} />
            <TextField label="Distance (nm)" type="number" inputMode="decimal" {...form.field('distanceNm')} />
            <TextField label="Landing rate (fpm)" type="number" inputMode="numeric" hint="Negative when descending, e.g. -180." {...form.field('landingRateFpm')} />
          </Section>
          <Section title="Route and notes" description="Anything the reviewer should know.">
            <TextField label="Route" multiline rows={2} placeholder="DCT CPT UL9 KENET" className="sm:col-span-2" {...form.field('route')} />
            <TextField label="Notes" multiline rows={3} className="sm:col-span-2" {...form.field('notes')} />
          </Section>
          <div className="flex flex-col gap-3 border-t border-slate-200 bg-slate-50 px-4 py-4 sm:px-6">
            <FormAlert message={form.formError} />
            <div className="flex justify-end gap-2">
              <Link to="/pireps" className={buttonClass('secondary')}>
                Cancel
              </Link>
              <Button type="submit" pending={form.isPending}>
                File PIREP
              </Button>
            </div>
          </div>
        </form>
      </Panel>
    </>
  );
}
