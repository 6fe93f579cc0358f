import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's lazily loaded parts (the map, the chart) take more than the default second to arrive on
// a busy machine; a find that succeeds answers as soon as it does.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});
