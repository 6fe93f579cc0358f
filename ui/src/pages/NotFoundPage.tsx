import { Link } from 'react-router';
import { Panel } from '../components/Panel';
import { EmptyState } from '../components/states';

const home = (
  <Link to="/" className="text-sm font-medium text-sky-700 hover:underline">
    Go to the start page
  </Link>
);

export function NotFoundPage() {
  return (
    <Panel>
      <EmptyState title="Page not found" action={home}>
        The address may be mistyped, or the page has moved.
      </EmptyState>
    </Panel>
  );
}

export function ForbiddenPage() {
  return (
    <Panel>
      <EmptyState title="Not available for your role" action={home}>
        Ask an administrator of your airline if you need this.
      </EmptyState>
    </Panel>
  );
}
