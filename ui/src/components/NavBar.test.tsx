import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { User } from '../api/types';
import { PLATFORM_ADMIN, TENANT_ADMIN, user } from '../test/fixtures';
import { NavBar } from './NavBar';

function links(u: User, url = '/pireps') {
  render(
    <MemoryRouter initialEntries={[url]}>
      <NavBar user={u} />
    </MemoryRouter>,
  );
  return within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('NavBar', () => {
  it('shows a pilot only the feed, filing, the live map and keys', () => {
    expect(links(user())).toEqual(['PIREPs', 'File a PIREP', 'Live map', 'API keys']);
  });

  it('adds users for an airline admin', () => {
    expect(links(TENANT_ADMIN)).toEqual(['PIREPs', 'File a PIREP', 'Live map', 'Users', 'API keys']);
  });

  it('gives a platform admin airlines and users but no filing', () => {
    expect(links(PLATFORM_ADMIN)).toEqual(['PIREPs', 'Live map', 'Users', 'Airlines', 'API keys']);
  });

  it('marks the current section', () => {
    links(user(), '/pireps/abc');
    expect(screen.getByRole('link', { name: 'PIREPs' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'File a PIREP' })).not.toHaveAttribute('aria-current');
  });
});
